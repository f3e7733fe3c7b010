// Shows the export dialog while the store says so (Export… button, File menu) and runs the chosen export or
// "Copy image" through their registry actions, with the current view's predicate (filters and search) and the
// timeline's visible window.

import { useState } from 'react';
import type { ExportFormat } from '../../app/ipc/contract';
import { filtersAreEmpty } from '../../app/model/event-filter';
import { currentViewPredicate } from './view-predicate';
import { copyImageAction } from '../actions/copy-image';
import { exportCsvAction } from '../actions/export-csv';
import { exportJsonAction } from '../actions/export-json';
import { exportPdfAction } from '../actions/export-pdf';
import { exportPngAction } from '../actions/export-png';
import { exportSvgAction } from '../actions/export-svg';
import type { AppAction } from '../actions/action';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { initialExportOptions, rememberExportOptions, type ExportOptions } from '../export/export-options';
import type { ExportRequest } from '../export/run-export';
import { useUiStore } from '../state/ui-store';
import { ExportDialog } from './ExportDialog';

const EXPORT_ACTIONS: Record<ExportFormat, AppAction<ExportRequest>> = {
  png: exportPngAction,
  svg: exportSvgAction,
  pdf: exportPdfAction,
  csv: exportCsvAction,
  json: exportJsonAction,
};

interface Props {
  db: TimelineDb;
  visibleWindow(): DateWindow | null;
  notify(message: string): void;
  /** Told when an export starts and ends (the toolbar shows it busy). */
  onBusy?(busy: boolean): void;
}

/** What the dialog says about the view's filters and search, which every export honours. */
function filterNote(filtered: boolean, searching: boolean): string | null {
  if (!filtered && !searching) return null;
  const what = filtered && searching ? 'filters and search' : filtered ? 'filters' : 'search';
  return `Only the events the current ${what} show are exported.`;
}

export function ExportDialogHost({ db, visibleWindow, notify, onBusy }: Props) {
  const format = useUiStore((state) => state.exportDialogFormat);
  const laneMode = useUiStore((state) => state.laneMode);
  const filters = useUiStore((state) => state.filters);
  const searching = useUiStore((state) => state.search.trim() !== '');
  const close = useUiStore((state) => state.openExportDialog);
  const [busy, setBusy] = useState(false);
  if (format === null) return null;
  const initial = initialExportOptions(format, laneMode);
  const visible = visibleWindow();
  // Custom dates start from the visible window until the analyst picks others.
  if (visible && !initial.from && !initial.to) [initial.from, initial.to] = [visible.start, visible.end];

  const run = async (action: AppAction<ExportRequest>, options: ExportOptions): Promise<void> => {
    rememberExportOptions(options);
    setBusy(true);
    onBusy?.(true);
    try {
      const { search } = useUiStore.getState();
      const include = await currentViewPredicate();
      await action.run({ db, notify }, { options, visibleWindow: visibleWindow(), filters, search, include });
    } finally {
      setBusy(false);
      onBusy?.(false);
      close(null);
    }
  };
  return (
    <ExportDialog
      key={format}
      initial={initial}
      busy={busy}
      filterNote={filterNote(!filtersAreEmpty(filters), searching)}
      onExport={(options) => void run(EXPORT_ACTIONS[options.format], options)}
      onCopyImage={(options) => void run(copyImageAction, options)}
      onClose={() => close(null)}
    />
  );
}

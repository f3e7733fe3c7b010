// Action "Export…": opens the export dialog (with a format chosen, for the File menu's Export CSV… etc.).

import type { ExportFormat } from '../../app/ipc/contract';
import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const openExportDialogAction = registerAction<ExportFormat | undefined>({
  id: 'export.open-dialog',
  label: 'Export…',
  shortcut: 'Mod+E',
  toolbar: { group: 'export', order: 10 },
  isEnabled: () => useUiStore.getState().hasEvents,
  run: (_ctx, format) => useUiStore.getState().openExportDialog(format ?? 'png'),
});

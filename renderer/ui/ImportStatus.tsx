// Import progress and results. While importing: "Importing 312 of 1,000…", a progress bar and a Cancel
// button (stops after the current batch). Small imports list every file ("12 events", "already
// imported", the specific error); large ones are summarised (counts) with only the failures listed.

import { summarise, type ImportRow, type ImportRowState } from './import-progress';
import { showBidiControls } from '../lib/visible-bidi';
import { formatCount } from '../../app/model/format-count';

export type { ImportRow, ImportRowState } from './import-progress';

/** Up to this many files every row is listed; beyond it only the failures. */
export const LISTED_ROWS_LIMIT = 30;
/** At most this many failures are listed (then "and N more"). */
const LISTED_FAILURES_LIMIT = 100;

const STATE_TEXT: Record<ImportRowState, string> = {
  queued: 'waiting',
  reading: 'reading…',
  extracting: 'finding events…',
  saving: 'saving…',
  imported: 'imported',
  duplicate: 'already imported',
  failed: 'failed',
  cancelled: 'cancelled',
};

const count = formatCount;

function Row({ row }: { row: ImportRow }) {
  return (
    <li className={`import-row import-${row.state}`} data-state={row.state} data-file-name={row.fileName}>
      <span className="import-file">{showBidiControls(row.fileName)}</span>
      <span className="import-message">{showBidiControls(row.message || STATE_TEXT[row.state])}</span>
    </li>
  );
}

interface Props {
  rows: readonly ImportRow[];
  cancelling: boolean;
  onCancel(): void;
  onDismiss(): void;
}

export function ImportStatus({ rows, cancelling, onCancel, onDismiss }: Props) {
  if (rows.length === 0) return null;
  const summary = summarise(rows);
  const listed = rows.length <= LISTED_ROWS_LIMIT ? rows : rows.filter((row) => row.state === 'failed');
  const shown = listed.slice(0, LISTED_FAILURES_LIMIT);
  const title = summary.running ? `Importing ${count(summary.done)} of ${count(summary.total)}…` : 'Import finished';
  return (
    <section className="import-status" aria-label="Import progress">
      <header>
        <h2 className="section-title" data-testid="import-title">
          {title}
        </h2>
        {summary.running ? (
          <button type="button" className="button cancel-import" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : (
          <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss import results">
            ×
          </button>
        )}
      </header>
      {summary.running && <progress className="import-progress" max={summary.total} value={summary.done} aria-label="Import progress" />}
      <p className="import-summary muted" aria-live="polite" data-imported={summary.imported} data-failed={summary.failed}>
        {count(summary.imported)} imported
        {summary.duplicate > 0 && ` · ${count(summary.duplicate)} already imported`}
        {summary.failed > 0 && ` · ${count(summary.failed)} failed`}
        {summary.cancelled > 0 && ` · ${count(summary.cancelled)} cancelled`}
      </p>
      {shown.length > 0 && (
        <ul>
          {shown.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </ul>
      )}
      {listed.length > shown.length && <p className="muted">and {count(listed.length - shown.length)} more failures</p>}
    </section>
  );
}

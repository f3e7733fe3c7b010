// Per-file import progress and results: "reading…", "12 events", "already imported", or the specific error.

export type ImportRowState = 'queued' | 'reading' | 'extracting' | 'saving' | 'imported' | 'duplicate' | 'failed';

export interface ImportRow {
  key: string;
  fileName: string;
  state: ImportRowState;
  message: string;
}

const STATE_TEXT: Record<ImportRowState, string> = {
  queued: 'waiting',
  reading: 'reading…',
  extracting: 'finding events…',
  saving: 'saving…',
  imported: 'imported',
  duplicate: 'already imported',
  failed: 'failed',
};

export function ImportStatus({ rows, onDismiss }: { rows: readonly ImportRow[]; onDismiss(): void }) {
  if (rows.length === 0) return null;
  const running = rows.some((row) => row.state !== 'imported' && row.state !== 'duplicate' && row.state !== 'failed');
  return (
    <section className="import-status" aria-label="Import progress" aria-live="polite">
      <header>
        <h2 className="section-title">{running ? 'Importing…' : 'Import finished'}</h2>
        {!running && (
          <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss import results">
            ×
          </button>
        )}
      </header>
      <ul>
        {rows.map((row) => (
          <li key={row.key} className={`import-row import-${row.state}`} data-state={row.state} data-file-name={row.fileName}>
            <span className="import-file">{row.fileName}</span>
            <span className="import-message">{row.message || STATE_TEXT[row.state]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

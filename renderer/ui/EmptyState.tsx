// What the timeline area shows before any article is imported.

export function EmptyState({ onImport, onPaste }: { onImport(): void; onPaste(): void }) {
  return (
    <div className="empty-state">
      <div className="empty-card">
        <svg className="empty-icon" viewBox="0 0 64 64" aria-hidden="true">
          <line x1="6" y1="40" x2="58" y2="40" />
          <circle cx="16" cy="40" r="4" />
          <rect x="26" y="22" width="18" height="9" rx="2" />
          <circle cx="50" cy="40" r="4" />
        </svg>
        <h2>Drop news articles here…</h2>
        <p>
          Text, Markdown, HTML, PDF, Word (.docx), e-mail, RTF, or your own CSV/JSON event lists. Their meetings, visits, summits, attacks
          and agreements appear on the timeline, with relative dates like “next month” resolved against each article’s publication date.
        </p>
        <div className="empty-actions">
          <button type="button" className="button primary" onClick={onImport}>
            Import files…
          </button>
          <button type="button" className="button" onClick={onPaste}>
            Paste article
          </button>
        </div>
        <p className="muted">Everything stays on this computer.</p>
      </div>
    </div>
  );
}

// The editable publication date of an article card. Every date typed is committed (on Enter, on blur, or
// after a short pause) in the order typed; the field follows the stored date only when no re-extraction
// is pending and the user has no edit of their own, so a re-extraction landing mid-edit never resets
// what is being typed (the next Enter commits the new date, not the stale one).

import { useEffect, useRef, useState } from 'react';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const COMMIT_DELAY_MS = 700;

interface Props {
  articleId: string;
  /** The stored publication date ('' when unknown). */
  value: string;
  /** True while the article's date changes are being applied: the stored date is not final yet. */
  busy: boolean;
  onCommit(published: string): void;
}

export function PublicationDateField({ articleId, value, busy, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  /** The last date this field committed or took over from the store: the draft differs from it only while editing. */
  const settled = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;

  useEffect(() => {
    if (busy) return; // an older date may be landing while a newer one is on its way
    if (latestDraft.current !== settled.current) return; // the user is typing: keep their edit
    settled.current = value;
    setDraft(value);
  }, [value, busy]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string): void => {
    clearTimeout(timer.current);
    if (!ISO_DAY.test(next) || next === settled.current) return;
    settled.current = next;
    onCommit(next);
  };

  return (
    <label className="published-field">
      Publication date{' '}
      <input
        type="date"
        value={draft}
        data-article-id={articleId}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(next), COMMIT_DELAY_MS);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
      />
    </label>
  );
}

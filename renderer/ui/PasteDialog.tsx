// "Paste article": a text area for the article body plus its title and publication date.

import { useState, type FormEvent } from 'react';
import { Modal } from './Modal';

export interface PastedArticle {
  text: string;
  title?: string;
  published?: string;
}

interface Props {
  onSubmit(article: PastedArticle): void;
  onClose(): void;
}

export function PasteDialog({ onSubmit, onClose }: Props) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!text.trim()) return;
    const article: PastedArticle = { text };
    if (title.trim()) article.title = title.trim();
    if (published) article.published = published;
    onSubmit(article);
  };
  return (
    <Modal title="Paste article" onClose={onClose} className="paste-dialog">
      <form className="paste-form" onSubmit={submit}>
        <label>
          Title
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Optional" />
        </label>
        <label>
          Publication date
          <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <p className="hint">Relative dates such as “next month” are resolved against the publication date.</p>
        <label className="grow">
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} required autoFocus />
        </label>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            Import text
          </button>
        </div>
      </form>
    </Modal>
  );
}

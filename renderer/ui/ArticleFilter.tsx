// The "Article" field of the Filters panel: type part of an article's title or file name, pick one of the matching
// suggestions (at most SUGGESTED of them), and the filter applies on Enter or leaving the field; empty is any article.
// A field rather than a <select> of every article: with 10,000 articles such a select took seconds to open the
// panel with, and as long again for every accessibility-tree walk over the page.

import { useMemo, useState } from 'react';
import type { ArticleChoiceRow } from '../search/view-messages';

/** What the field needs of an article: its id, title and file name. */
export interface ArticleChoice {
  article: ArticleChoiceRow;
}

/** Most titles suggested at once. */
const SUGGESTED = 50;

interface Props {
  articles: readonly ArticleChoice[];
  /** The filtered article id, if any. */
  value: string | null;
  onChange(articleId: string | null): void;
  /** Called when the field is pointed at or focused: the titles are loaded only then. */
  onWanted?(): void;
}

const titleOf = (summary: ArticleChoice): string => summary.article.title || summary.article.fileName;

export function ArticleFilter({ articles, value, onChange, onWanted }: Props) {
  const chosen = useMemo(() => articles.find((summary) => summary.article.id === value) ?? null, [articles, value]);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (chosen ? titleOf(chosen) : '');
  const suggestions = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const found: ArticleChoice[] = [];
    for (const summary of articles) {
      if (found.length >= SUGGESTED) break;
      const { title, fileName } = summary.article;
      if (needle === '' || title.toLowerCase().includes(needle) || fileName.toLowerCase().includes(needle)) found.push(summary);
    }
    return found;
  }, [articles, text]);
  const [missing, setMissing] = useState(false);
  const commit = (): void => {
    if (typed === null) return;
    const wanted = typed.trim().toLowerCase();
    const match = articles.find(({ article }) => article.title.toLowerCase() === wanted || article.fileName.toLowerCase() === wanted);
    setMissing(wanted !== '' && !match);
    if (wanted !== '' && !match) return; // keep the text, marked: no article has that title or file name
    setTyped(null);
    onChange(match ? match.article.id : null);
  };
  return (
    <label className="filter-field">
      <span>Article</span>
      <input
        type="text"
        aria-label="Article"
        list="filter-article-titles"
        placeholder="Any article"
        value={text}
        aria-invalid={missing}
        title={missing ? 'No article has this title or file name' : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setMissing(false);
        }}
        onPointerEnter={onWanted}
        onFocus={onWanted}
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        onBlur={commit}
      />
      <datalist id="filter-article-titles">
        {suggestions.map((summary) => (
          <option key={summary.article.id} value={titleOf(summary)} />
        ))}
      </datalist>
    </label>
  );
}

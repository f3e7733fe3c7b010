// The warning shown under an article whose publication date was guessed (file name, dateline) or is
// missing: relative dates are resolved against it, so the analyst must know and be able to fix it.

import type { Article } from '../../app/model/article';

export interface PublicationWarning {
  severity: 'caution' | 'missing';
  text: string;
}

export function publicationWarning(article: Pick<Article, 'published' | 'publishedSource' | 'publishedNote'>): PublicationWarning | null {
  const note = article.publishedNote?.trim();
  switch (article.publishedSource) {
    case 'metadata':
    case 'user':
    case 'override':
      return null;
    case 'filename':
      return { severity: 'caution', text: `No publication date in the article; using the date ${note || 'from the file name'}. Check it.` };
    case 'dateline':
      return {
        severity: 'caution',
        text: `No publication date in the article's metadata; using the date ${note || 'from the dateline'}. Check it.`,
      };
    case 'none':
      return article.published
        ? { severity: 'caution', text: `Publication date source unknown. Check it.` }
        : { severity: 'missing', text: 'No publication date found. Set it so relative dates like “next month” can be placed.' };
  }
}

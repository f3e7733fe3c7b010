// The publication-date warning shown in the article list.

import { describe, expect, it } from 'vitest';
import { publicationWarning } from '../../../renderer/ui/publication-warning';

describe('publicationWarning', () => {
  it('stays silent for dates from metadata or set by the user', () => {
    expect(publicationWarning({ published: '2023-09-21', publishedSource: 'metadata' })).toBeNull();
    expect(publicationWarning({ published: '2023-09-21', publishedSource: 'user' })).toBeNull();
  });

  it('names the fallback used: file name or dateline', () => {
    expect(publicationWarning({ published: '2023-09-21', publishedSource: 'filename' })?.text).toMatch(/using the date from the file name/);
    const fromName = publicationWarning({
      published: '2023-09-21',
      publishedSource: 'filename',
      publishedNote: "from the file name ('2023-09-21')",
    });
    expect(fromName?.text).toBe("No publication date in the article; using the date from the file name ('2023-09-21'). Check it.");
    const dateline = publicationWarning({
      published: '2023-09-21',
      publishedSource: 'dateline',
      publishedNote: "from the dateline 'MOSCOW, Sept. 21'",
    });
    expect(dateline?.text).toMatch(/using the date from the dateline 'MOSCOW, Sept\. 21'/);
    expect(dateline?.severity).toBe('caution');
  });

  it('asks the user to set a date when none was found', () => {
    const warning = publicationWarning({ published: null, publishedSource: 'none' });
    expect(warning?.severity).toBe('missing');
    expect(warning?.text).toMatch(/No publication date found/);
  });
});

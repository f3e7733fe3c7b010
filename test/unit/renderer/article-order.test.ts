// ArticleOrder (renderer/search/article-order.ts): the worker's page of the filtered article list is the one the
// article list shows, newest import first (equal times: larger id first, as a reverse read of the 'importedAt'
// index gives), cut at the limit, with the number of matching articles; a changed import time re-sorts.

import { describe, expect, it } from 'vitest';
import { ArticleOrder } from '../../../renderer/search/article-order';

describe('ArticleOrder', () => {
  it('lists the matching articles newest import first, up to the limit, and counts them all', () => {
    const order = new ArticleOrder();
    order.set('a', '2025-01-01T00:00:01Z');
    order.set('b', '2025-01-01T00:00:03Z');
    order.set('c', '2025-01-01T00:00:02Z');
    order.set('d', '2025-01-01T00:00:02Z');
    const counts = new Map([
      ['a', 1],
      ['c', 4],
      ['d', 2],
      ['unknown', 7],
    ]);
    expect(order.newest(counts, 10)).toEqual({
      articles: [
        { id: 'd', count: 2 },
        { id: 'c', count: 4 },
        { id: 'a', count: 1 },
        { id: 'unknown', count: 7 },
      ],
      total: 4,
    });
    expect(order.newest(counts, 2)).toEqual({
      articles: [
        { id: 'd', count: 2 },
        { id: 'c', count: 4 },
      ],
      total: 4,
    });
    order.set('a', '2025-01-01T00:00:09Z');
    expect(order.newest(counts, 1).articles).toEqual([{ id: 'a', count: 1 }]);
  });
});

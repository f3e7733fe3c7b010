// The article list's order in the view-index worker: newest import first (importedAt descending, then id
// descending, as the list reads the 'importedAt' index in reverse), kept sorted once and re-sorted only after an
// article was added or changed. With it the worker answers the filtered article list with just the page shown and
// the number of matching articles, instead of every matching article's count for the UI thread to sort out.

export interface CountedArticle {
  id: string;
  count: number;
}

export class ArticleOrder {
  private readonly importedAt = new Map<string, string>();
  private sorted: string[] | null = null;

  set(id: string, importedAt: string): void {
    if (this.importedAt.get(id) === importedAt) return;
    this.importedAt.set(id, importedAt);
    this.sorted = null;
  }

  /** The first `limit` articles of `counts`, newest import first (articles of unknown date last), and how many. */
  newest(counts: ReadonlyMap<string, number>, limit: number): { articles: CountedArticle[]; total: number } {
    this.sorted ??= [...this.importedAt.keys()].sort((a, b) => {
      const [x, y] = [this.importedAt.get(a)!, this.importedAt.get(b)!];
      return x === y ? (a < b ? 1 : a > b ? -1 : 0) : x < y ? 1 : -1;
    });
    const articles: CountedArticle[] = [];
    for (const id of this.sorted) {
      if (articles.length >= limit) break;
      const count = counts.get(id);
      if (count !== undefined) articles.push({ id, count });
    }
    if (articles.length < limit)
      for (const [id, count] of counts) {
        if (articles.length >= limit) break;
        if (!this.importedAt.has(id)) articles.push({ id, count });
      }
    return { articles, total: counts.size };
  }
}

// The Table view's share of the search: the ids of the events the current search matches under the filters, from
// the view-index worker (the same answer the timeline and the search results use), asked again when the search or
// filters change and after every update of the index (imports, edits, deletes). Null when there is no search;
// undefined while the first answer is on its way.

import { useEffect, useState } from 'react';
import { useIndexGeneration } from '../search/use-index-generation';
import { useUiStore } from '../state/ui-store';
import { searchMatchIds } from '../ui/view-predicate';

export function useSearchMatches(): ReadonlySet<string> | null | undefined {
  const search = useUiStore((state) => state.search);
  const filters = useUiStore((state) => state.filters);
  const [matches, setMatches] = useState<{ key: string; ids: ReadonlySet<string> | null } | null>(null);
  const key = search.trim();
  const generation = useIndexGeneration(key !== '');
  useEffect(() => {
    if (key === '') return;
    let current = true;
    searchMatchIds(search, filters, true).then(
      (ids) => current && setMatches({ key, ids }),
      (error: unknown) => console.error('could not search the events', error),
    );
    return () => {
      current = false;
    };
  }, [key, search, filters, generation]);
  if (key === '') return null;
  return matches?.key === key ? matches.ids : undefined;
}

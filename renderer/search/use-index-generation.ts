// A counter that goes up each time the view-index worker reports its index ready (after its first read of the case
// and after every batch of writes it followed), while `active`: the hooks that ask the worker (search results,
// filter suggestions, the filtered article list, the Table's search matches) put it in their effects' dependencies
// so their answers follow imports, edits and deletes.

import { useEffect, useState } from 'react';
import { viewIndexClient } from './view-index-client';

export function useIndexGeneration(active: boolean): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!active) return;
    return viewIndexClient().onReady(() => setGeneration((n) => n + 1));
  }, [active]);
  return generation;
}

// Calls back (debounced) whenever any writer changes the events of a database — import, re-anchoring, merge/split,
// the analyst's edits and deletes, in this page or another tab — using Dexie's global 'storagemutated' event, so
// the timeline and its index follow every change without each writer having to ask for a reload.

import Dexie from 'dexie';

export function onEventsChanged(dbName: string, callback: () => void, delayMs = 150): () => void {
  const prefix = `idb://${dbName}/events/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>): void => {
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    clearTimeout(timer);
    timer = setTimeout(callback, delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}

// Tells every realm of the page (UI thread, extraction worker, view-index worker, other tabs) which event ids a
// committed transaction wrote or deleted, on a BroadcastChannel per case database. The day-counts middleware
// announces them (it sees every events write); the view-index worker re-reads those rows and updates its indexes
// instead of rebuilding them. Receivers re-read the current rows, so messages may arrive late or twice.

const PREFIX = 'event-timeline-events:';

export interface EventChangeMessage {
  ids: string[];
}

const channels = new Map<string, BroadcastChannel>();

function channelOf(dbName: string): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  let channel = channels.get(dbName);
  if (!channel) {
    channel = new BroadcastChannel(PREFIX + dbName);
    (channel as { unref?: () => void }).unref?.(); // under Node (tests, CLI) an open channel must not keep the process alive
    channels.set(dbName, channel);
  }
  return channel;
}

/** Announces the ids of events a committed transaction of `dbName` put or deleted. */
export function announceEventChanges(dbName: string, ids: readonly string[]): void {
  if (ids.length > 0) channelOf(dbName)?.postMessage({ ids: [...ids] } satisfies EventChangeMessage);
}

/** Calls `listener` with the ids of every announced change of `dbName` (from other realms); returns the unsubscribe. */
export function onEventChanges(dbName: string, listener: (ids: string[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PREFIX + dbName);
  channel.onmessage = (message: MessageEvent<EventChangeMessage>) => {
    if (Array.isArray(message.data?.ids)) listener(message.data.ids);
  };
  return () => channel.close();
}

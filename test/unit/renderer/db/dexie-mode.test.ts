// The renderer's databases run Dexie without its debug mode, which Dexie turns on by itself on localhost pages.

import { describe, expect, it, vi } from 'vitest';

describe('dexie-mode', () => {
  it('turns Dexie debug mode off before the timeline database module defines its database', async () => {
    vi.resetModules();
    const { default: Dexie } = await import('dexie');
    Dexie.debug = true; // as Dexie sets it by itself when the page is on 127.0.0.1
    await import('../../../../renderer/db/timeline-db');
    expect(Dexie.debug).toBe(false);
  });
});

// The CLI's input handling (main/cli/cli-input.ts): its synchronous hash gives the ingest's article id, so a file has
// the same id (and its events the same ids) in the CLI as in the app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../app/ingest/content-hash';
import { ingestFile } from '../../../app/ingest/ingest';
import { ingestPath, sha256Sync } from '../../../main/cli/cli-input';

describe('CLI input', () => {
  it('hashes bytes as the ingest does', async () => {
    for (const text of ['', 'abc', 'Résumé – 2023-09-21\n'.repeat(500)]) {
      const bytes = new TextEncoder().encode(text);
      expect(sha256Sync(bytes)).toBe(await sha256Hex(bytes));
    }
  });

  it('reads a file to the same article id as the ingest of its bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-input-'));
    try {
      const file = path.join(dir, 'note-2023-09-21.txt');
      const bytes = new TextEncoder().encode('Leaders met in Paris on Monday.');
      writeFileSync(file, bytes);
      const viaPath = await ingestPath(file, undefined);
      const viaBytes = await ingestFile({ fileName: 'note-2023-09-21.txt', bytes });
      expect(viaPath.ok && viaBytes.ok && viaPath.article.id).toBe(viaBytes.ok && viaBytes.article.id);
      expect(viaPath.ok && viaPath.article.id).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

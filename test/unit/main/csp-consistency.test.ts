// The renderer's index.html <meta> CSP must be the same policy main sends as a header, minus
// frame-ancestors (which browsers ignore in <meta> tags).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';

const normalise = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .sort();

describe('renderer/index.html CSP meta tag', () => {
  it('carries the same policy as the header set by main', () => {
    const html = readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    expect(normalise(meta![1]!)).toEqual(normalise(CONTENT_SECURITY_POLICY));
  });
});

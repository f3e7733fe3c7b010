// Exports embed the bundled font as a data: URL (@font-face in the SVG, drawn in the page for PNG and PDF), so the
// one CSP (main's header, and renderer/index.html's meta tag, kept equal by csp-consistency.test.ts) must allow
// fonts from data: and nothing remote.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';

describe('the CSP and the bundled export font', () => {
  it("allows fonts from 'self' and data: only", () => {
    const fontSrc = CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('font-src'));
    expect(fontSrc?.split(/\s+/).slice(1).sort()).toEqual(["'self'", 'data:']);
  });
});

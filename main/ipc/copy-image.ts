// "Copy image" in the app: puts the exported PNG (validated by the contract: a PNG signature, size-capped) on
// the system clipboard through Electron's clipboard (its W3C-style write with a ClipboardItem), passed in
// so the logic runs under Node in tests.

export interface ClipboardDeps {
  /** Writes one PNG image as the clipboard's content. */
  writePng(png: Uint8Array): Promise<void>;
}

export async function copyImageToClipboard(deps: ClipboardDeps, png: Uint8Array): Promise<{ copied: boolean }> {
  await deps.writePng(png);
  return { copied: true };
}

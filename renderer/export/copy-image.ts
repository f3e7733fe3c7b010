// "Copy image": the PNG export put on the clipboard, through Electron's clipboard (validated IPC) in the app
// and the async Clipboard API (navigator.clipboard.write with a ClipboardItem) in the browser build.

import { desktopBridge } from '../desktop';

export async function copyPngToClipboard(png: Uint8Array): Promise<void> {
  const bridge = desktopBridge();
  if (bridge) {
    await bridge.copyImage({ png });
    return;
  }
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    throw new Error('this browser cannot put images on the clipboard');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([png as BlobPart], { type: 'image/png' }) })]);
}

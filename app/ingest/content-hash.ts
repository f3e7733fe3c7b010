// Article ids: the SHA-256 of the bytes, in hex, so the same file dropped twice gets the same id.

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // digest() wants ArrayBuffer-backed bytes; copy only if the view sits on a SharedArrayBuffer.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

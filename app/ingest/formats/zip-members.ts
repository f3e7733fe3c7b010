// Reads named members of a zip archive (the parts of a DOCX) from its central directory, inflating each with
// fflate's streaming inflater in small steps and checking what comes out against the headers: a member that
// unpacks beyond `maxBytes` is refused (zip bomb guard), and one whose headers understate or overstate its size
// or whose CRC-32 does not match is reported as truncated or damaged, never silently cut short.
// (fflate's unzipSync trusts the declared size: a member whose header says 100 bytes comes back as 100 bytes.)

import { Inflate } from 'fflate';

export type ZipMembersResult =
  | { ok: true; members: Map<string, Uint8Array> }
  | { ok: false; problem: 'not-zip' | 'damaged' }
  | { ok: false; problem: 'oversized' | 'size-mismatch'; member: string };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes fed to the inflater per step: at deflate's ~1032:1 ceiling, at most ~1 MB comes out per step. */
const INFLATE_STEP = 1024;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(chunks: readonly Uint8Array[]): number {
  let crc = -1;
  for (const chunk of chunks) for (const byte of chunk) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) out.set(chunk, (offset += chunk.length) - chunk.length);
  return out;
}

class TooLarge extends Error {}

/** Inflates raw deflate data, stopping once more than `maxBytes` come out. Throws on a cut-off stream. */
function inflateBounded(data: Uint8Array, maxBytes: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  for (let start = 0; start < data.length; start += INFLATE_STEP) {
    inflater.push(data.subarray(start, start + INFLATE_STEP), start + INFLATE_STEP >= data.length);
  }
  if (data.length === 0) inflater.push(data, true);
  return chunks;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i--) if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  return -1;
}

/** The named members that exist, unpacked and verified (see the header). */
export function readZipMembers(bytes: Uint8Array, names: readonly string[], maxBytes: number): ZipMembersResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return { ok: false, problem: 'not-zip' };
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return { ok: false, problem: 'damaged' };
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  const members = new Map<string, Uint8Array>();
  const decoder = new TextDecoder('utf-8');
  try {
    for (let i = 0; i < count; i++) {
      if (view.getUint32(entry, true) !== CENTRAL_ENTRY) return { ok: false, problem: 'damaged' };
      const method = view.getUint16(entry + 10, true);
      const crc = view.getUint32(entry + 16, true);
      const compressedSize = view.getUint32(entry + 20, true);
      const size = view.getUint32(entry + 24, true);
      const nameLength = view.getUint16(entry + 28, true);
      const localOffset = view.getUint32(entry + 42, true);
      const name = decoder.decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
      if (!names.includes(name) || members.has(name)) continue;
      if (size > maxBytes) return { ok: false, problem: 'oversized', member: name };
      if (view.getUint32(localOffset, true) !== LOCAL_HEADER) return { ok: false, problem: 'damaged' };
      const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      if (start + compressedSize > bytes.length) return { ok: false, problem: 'damaged' };
      const data = bytes.subarray(start, start + compressedSize);
      if (method !== 0 && method !== 8) return { ok: false, problem: 'damaged' };
      let chunks: Uint8Array[];
      try {
        chunks = method === 0 ? [data] : inflateBounded(data, maxBytes);
      } catch (error) {
        if (error instanceof TooLarge) return { ok: false, problem: 'oversized', member: name };
        throw error;
      }
      const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      if (total > maxBytes) return { ok: false, problem: 'oversized', member: name };
      if (total !== size) return { ok: false, problem: 'size-mismatch', member: name };
      if (crc32(chunks) !== crc) return { ok: false, problem: 'damaged' };
      members.set(name, concat(chunks, total));
    }
  } catch {
    return { ok: false, problem: 'damaged' }; // a cut-off deflate stream or a header pointing outside the file
  }
  return { ok: true, members };
}

// JSON that keeps the values IndexedDB stores but JSON does not: byte arrays, dates and properties set to
// undefined are written as small tagged objects ({"$type": "bytes", ...}) and turned back on reading. A plain
// object that itself has a "$type" key is wrapped, so no row can be mistaken for a tag.
// Written by hand (a ~60-line walk) because the backup needs exact round trips of these few types only.

type Tagged =
  | { $type: 'bytes'; hex: string }
  | { $type: 'date'; iso: string }
  | { $type: 'undefined' }
  | { $type: 'object'; value: Record<string, unknown> };

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-f]/i.test(hex)) throw new Error('bad hex in a tagged value');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function encodeValue(value: unknown): unknown {
  if (value === undefined) return { $type: 'undefined' } satisfies Tagged;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return { $type: 'bytes', hex: toHex(value) } satisfies Tagged;
  if (value instanceof Date) return { $type: 'date', iso: value.toISOString() } satisfies Tagged;
  if (Array.isArray(value)) return value.map(encodeValue);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = encodeValue(inner);
  return '$type' in out ? ({ $type: 'object', value: out } satisfies Tagged) : out;
}

function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const record = value as Record<string, unknown>;
  if ('$type' in record) {
    const tagged = record as Tagged;
    switch (tagged.$type) {
      case 'bytes':
        return fromHex(tagged.hex);
      case 'date':
        return new Date(tagged.iso);
      case 'undefined':
        return undefined;
      case 'object':
        return decodePlain(tagged.value);
      default:
        throw new Error(`unknown tagged value ${JSON.stringify(record.$type)}`);
    }
  }
  return decodePlain(record);
}

function decodePlain(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) out[key] = decodeValue(inner);
  return out;
}

/** JSON text of a value, keeping bytes, dates and undefined properties. */
export function stringifyTagged(value: unknown): string {
  return JSON.stringify(encodeValue(value));
}

/** The value of JSON written by stringifyTagged (throws on malformed JSON or a malformed tag). */
export function parseTagged(text: string): unknown {
  return decodeValue(JSON.parse(text));
}

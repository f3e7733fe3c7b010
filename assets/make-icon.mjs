// Generates the app icon from ONE list of shapes: writes assets/icon.svg (vector) and rasterises the
// same shapes into assets/icon.png (512x512 RGBA, 4x4 supersampled) with a tiny PNG encoder, so no
// image tool is needed. The glyph: a timeline axis with three event markers and their cards.
// Usage: node assets/make-icon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const here = path.dirname(fileURLToPath(import.meta.url));

/** Shapes in paint order. rect: x,y,w,h,r (corner radius); circle: cx,cy,r. Colours are #rrggbb. */
export const SHAPES = [
  { kind: 'rect', x: 0, y: 0, w: 512, h: 512, r: 104, fill: '#1f3a5f' },
  { kind: 'rect', x: 64, y: 248, w: 384, h: 16, r: 8, fill: '#e8eef5' },
  { kind: 'rect', x: 128, y: 168, w: 16, h: 80, r: 0, fill: '#e8eef5' },
  { kind: 'rect', x: 248, y: 264, w: 16, h: 80, r: 0, fill: '#e8eef5' },
  { kind: 'rect', x: 368, y: 168, w: 16, h: 80, r: 0, fill: '#e8eef5' },
  { kind: 'rect', x: 72, y: 100, w: 128, h: 76, r: 16, fill: '#f5a623' },
  { kind: 'rect', x: 192, y: 336, w: 128, h: 76, r: 16, fill: '#4fc3f7' },
  { kind: 'rect', x: 312, y: 100, w: 128, h: 76, r: 16, fill: '#ef5350' },
  { kind: 'circle', cx: 136, cy: 256, r: 26, fill: '#f5a623' },
  { kind: 'circle', cx: 256, cy: 256, r: 26, fill: '#4fc3f7' },
  { kind: 'circle', cx: 376, cy: 256, r: 26, fill: '#ef5350' },
];

export function toSvg(shapes) {
  const body = shapes
    .map((s) =>
      s.kind === 'rect'
        ? `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`
        : `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n  <title>Event Timeline</title>\n${body}\n</svg>\n`;
}

function inside(s, x, y) {
  if (s.kind === 'circle') return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const nx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const ny = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - nx) ** 2 + (y - ny) ** 2 <= s.r ** 2;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

export function rasterise(shapes, size = SIZE, samples = 4) {
  const pixels = new Uint8Array(size * size * 4);
  const colours = shapes.map((s) => rgb(s.fill));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * SIZE) / size;
          const y = ((py + (sy + 0.5) / samples) * SIZE) / size;
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (inside(shapes[i], x, y)) {
              const c = colours[i];
              r += c[0];
              g += c[1];
              b += c[2];
              a += 255;
              break;
            }
          }
        }
      }
      const n = samples * samples;
      const covered = a / 255;
      const o = (py * size + px) * 4;
      pixels[o] = covered ? Math.round(r / covered) : 0;
      pixels[o + 1] = covered ? Math.round(g / covered) : 0;
      pixels[o + 2] = covered ? Math.round(b / covered) : 0;
      pixels[o + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(path.join(here, 'icon.svg'), toSvg(SHAPES));
  writeFileSync(path.join(here, 'icon.png'), encodePng(rasterise(SHAPES), SIZE, SIZE));
  console.log('wrote assets/icon.svg and assets/icon.png');
}

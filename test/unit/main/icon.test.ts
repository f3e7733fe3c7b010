// The app icon: a 512x512 PNG and an SVG that are both generated from the same shapes and up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHAPES, encodePng, rasterise, toSvg } from '../../../assets/make-icon.mjs';

const assets = path.resolve(__dirname, '../../../assets');

/** Decodes the IHDR and pixel data of an 8-bit RGBA, unfiltered PNG as written by encodePng. */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { width, height, pixel };
}

describe('app icon', () => {
  const png = readFileSync(path.join(assets, 'icon.png'));

  it('is a 512x512 RGBA PNG', () => {
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([512, 512]);
    expect(png[25]).toBe(6); // colour type RGBA
  });

  it('has transparent rounded corners, a dark background and a light timeline axis', () => {
    const image = decodePng(png);
    expect(image.pixel(2, 2)[3]).toBe(0);
    expect(image.pixel(256, 30)).toEqual([0x1f, 0x3a, 0x5f, 255]);
    expect(image.pixel(80, 256)).toEqual([0xe8, 0xee, 0xf5, 255]);
  });

  it('matches what assets/make-icon.mjs generates (PNG and SVG are in sync)', () => {
    expect(Buffer.compare(encodePng(rasterise(SHAPES), 512, 512), png)).toBe(0);
    expect(readFileSync(path.join(assets, 'icon.svg'), 'utf8')).toBe(toSvg(SHAPES));
  });
});

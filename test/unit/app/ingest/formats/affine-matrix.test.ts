// The DOMMatrix stand-in used by pdf.js in Node: the affine operations agree with the DOMMatrix definitions.
import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../../../../app/ingest/formats/affine-matrix';

const values = (m: AffineMatrix): number[] => [m.a, m.b, m.c, m.d, m.e, m.f];

describe('AffineMatrix', () => {
  it('starts as the identity and takes six initial values', () => {
    expect(values(new AffineMatrix())).toEqual([1, 0, 0, 1, 0, 0]);
    expect(values(new AffineMatrix([2, 0, 0, 3, 4, 5]))).toEqual([2, 0, 0, 3, 4, 5]);
  });

  it('scales then translates like DOMMatrix (post-multiplication)', () => {
    // pdf.js: new DOMMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height)
    expect(values(new AffineMatrix().scaleSelf(0.5, -0.25).translateSelf(0, -4))).toEqual([0.5, 0, 0, -0.25, 0, 1]);
  });

  it('multiplies in both orders and inverts', () => {
    const rotate = new AffineMatrix([0, 1, -1, 0, 0, 0]);
    const shift = new AffineMatrix([1, 0, 0, 1, 10, 0]);
    expect(values(rotate.multiply(shift))).toEqual([0, 1, -1, 0, 0, 10]);
    expect(values(new AffineMatrix([0, 1, -1, 0, 0, 0]).preMultiplySelf(shift))).toEqual([0, 1, -1, 0, 10, 0]);
    const m = new AffineMatrix([2, 1, 1, 1, 3, 4]);
    expect(values(m.multiply(m.inverse())).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(values(new AffineMatrix([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
  });
});

// A minimal 2-D DOMMatrix for runtimes without one (Node without the optional @napi-rs/canvas package).
// pdf.js builds a matrix when its display module loads and in a few worker paths (image masks); text
// extraction never renders, so a plain affine matrix with the methods pdf.js calls is all it needs.
// Installed only when the runtime has no DOMMatrix (browsers and Web Workers have one).

/** [a, b, c, d, e, f] as in DOMMatrix: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as [number, number, number, number, number, number];
  }

  private set(m: readonly [number, number, number, number, number, number]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m;
    return this;
  }

  /** this × other */
  multiplySelf(other: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    return this.set([
      a * other.a + c * other.b,
      b * other.a + d * other.b,
      a * other.c + c * other.d,
      b * other.c + d * other.d,
      a * other.e + c * other.f + e,
      b * other.e + d * other.f + f,
    ]);
  }

  /** other × this */
  preMultiplySelf(other: AffineMatrix): this {
    const copy = new AffineMatrix([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(this);
    return this.set([copy.a, copy.b, copy.c, copy.d, copy.e, copy.f]);
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new AffineMatrix([x, 0, 0, y, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  translate(x?: number, y?: number): AffineMatrix {
    return this.copy().translateSelf(x, y);
  }

  scale(x?: number, y?: number): AffineMatrix {
    return this.copy().scaleSelf(x, y);
  }

  multiply(other: AffineMatrix): AffineMatrix {
    return this.copy().multiplySelf(other);
  }

  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

/** Makes `globalThis.DOMMatrix` exist (a no-op where the runtime provides it). */
export function ensureDomMatrix(): void {
  const scope = globalThis as { DOMMatrix?: unknown };
  if (typeof scope.DOMMatrix === 'undefined') scope.DOMMatrix = AffineMatrix;
}

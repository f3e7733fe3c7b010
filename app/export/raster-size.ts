// Pixel size of the PNG made from an exported SVG: the SVG's own width/height times the density
// (2× by default, for sharp output on high-DPI screens and in print).

export const DEFAULT_RASTER_SCALE = 2;

export interface PixelSize {
  width: number;
  height: number;
}

/** Raster dimensions of a width × height drawing at `scale`. */
export function rasterSize(size: PixelSize, scale = DEFAULT_RASTER_SCALE): PixelSize {
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/** Reads width/height (else the viewBox) of an SVG document's root; null when it has neither. */
export function svgSize(svg: string): PixelSize | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string): number => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? Number.NaN);
  const [width, height] = [attribute('width'), attribute('height')];
  if (width > 0 && height > 0) return { width, height };
  const box =
    /\sviewBox="([^"]+)"/
      .exec(root)?.[1]
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  const [boxWidth, boxHeight] = [box[2] ?? Number.NaN, box[3] ?? Number.NaN];
  return boxWidth > 0 && boxHeight > 0 ? { width: boxWidth, height: boxHeight } : null;
}

/** The 2× (or `scale`×) PNG dimensions for an exported SVG; null when its size cannot be read. */
export function svgToPngSize(svg: string, scale = DEFAULT_RASTER_SCALE): PixelSize | null {
  const size = svgSize(svg);
  return size ? rasterSize(size, scale) : null;
}

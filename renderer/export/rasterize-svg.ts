// Rasterises a standalone SVG document to PNG bytes: the SVG is loaded as an <img> from a blob: URL and
// drawn onto a canvas at `scale`× pixel density (2× by default), then encoded with canvas.toBlob.

import { rasterSize, svgToPngSize } from '../../app/export/raster-size';

/** Size used when an SVG gives neither width/height nor a viewBox. */
const FALLBACK_SIZE = { width: 1200, height: 600 };

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the exported SVG could not be drawn'));
    image.src = url;
  });
}

export async function rasterizeSvg(svg: string, scale = 2): Promise<Uint8Array> {
  const size = svgToPngSize(svg, scale) ?? rasterSize(FALLBACK_SIZE, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

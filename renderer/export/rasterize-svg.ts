// Rasterises a standalone SVG document to PNG bytes: the SVG is loaded as an <img> from a blob: URL and
// drawn onto a canvas at `scale`× pixel density (2× by default), then encoded with canvas.toBlob.

/** Width and height of an SVG document from its root attributes (falling back to the viewBox). */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attr = (name: string): number => Number(new RegExp(`\\s${name}="([\\d.]+)`).exec(root)?.[1] ?? Number.NaN);
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0 && height > 0)) {
    const box = /viewBox="([^"]+)"/.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number) ?? [];
    width = box[2] ?? 1200;
    height = box[3] ?? 600;
  }
  return { width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the exported SVG could not be drawn'));
    image.src = url;
  });
}

export async function rasterizeSvg(svg: string, scale = 2): Promise<Uint8Array> {
  const { width, height } = svgPixelSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
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

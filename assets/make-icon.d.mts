// Types for assets/make-icon.mjs (the icon generator), so TypeScript tests can import it.
export type IconShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string };
export declare const SHAPES: IconShape[];
export declare function toSvg(shapes: IconShape[]): string;
export declare function rasterise(shapes: IconShape[], size?: number, samples?: number): Uint8Array;
export declare function encodePng(pixels: Uint8Array, width: number, height: number): Buffer;

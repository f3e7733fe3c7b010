// The two looks of an export: "light" (the app's colours, tinted bars, light grid) and "print" (black text,
// darker axis and grid, stronger outlines and hatching, no tints that vanish on a laser printer), as the
// SVG's embedded style sheet.

export const EXPORT_THEMES = ['light', 'print'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

export interface ThemeStyle {
  css: string;
  /** Opacity of bar fills and of hatching lines. */
  barOpacity: number;
  hatchOpacity: number;
}

interface Palette {
  text: string;
  muted: string;
  grid: string;
  axis: string;
  barOpacity: number;
  hatchOpacity: number;
}

const PALETTES: Record<ExportTheme, Palette> = {
  light: { text: '#1d2330', muted: '#5b6473', grid: '#e3e6eb', axis: '#8a93a3', barOpacity: 0.35, hatchOpacity: 0.55 },
  print: { text: '#000000', muted: '#222222', grid: '#b4b4b4', axis: '#000000', barOpacity: 0.2, hatchOpacity: 0.9 },
};

export function themeStyle(theme: ExportTheme, fontFamily: string, labelFontSize: number, halo: boolean): ThemeStyle {
  const p = PALETTES[theme];
  const haloCss = halo ? ' paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round;' : '';
  const css = `
  text { font-family: ${fontFamily}; fill: ${p.text}; }
  .title { font-size: 20px; }
  .subtitle { font-size: 14px; fill: ${p.muted}; }
  .caption { font-size: 12px; fill: ${p.muted}; }
  .tick-label { font-size: 11px; fill: ${p.muted}; }
  .band-label { font-size: 12px; fill: ${p.muted}; }
  .band-rule { stroke: ${p.grid}; stroke-width: 1; }
  .grid { stroke: ${p.grid}; stroke-width: 1; }
  .axis { stroke: ${p.axis}; stroke-width: 1; }
  .label { font-size: ${labelFontSize}px;${haloCss} }
  .legend-label { font-size: 12px; fill: ${p.muted}; }
  .empty { font-size: 14px; fill: ${p.muted}; }
  .planned { stroke-dasharray: 4 3; }
`;
  return { css, barOpacity: p.barOpacity, hatchOpacity: p.hatchOpacity };
}

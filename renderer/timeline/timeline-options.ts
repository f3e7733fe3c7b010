// The vis-timeline options of the app's timeline (axis on top, left-aligned boxes, zoom limits, stacking) and the
// constants of how windows are drawn (margins beyond the visible window, bucket width, wide-zoom threshold).

import type { TimelineOptions } from 'vis-timeline/peer';

export const DAY_MS = 86_400_000;
/** Width of one time bucket on screen. */
export const BUCKET_PX = 56;
/** Share of the window drawn beyond each side, so short pans show drawn items at once. */
export const MARGIN_SHARE = 0.25;
/** Windows wider than this draw ranges in their compact wide-zoom style. */
export const WIDE_ZOOM_DAYS = 120;

export const OPTIONS: TimelineOptions = {
  showCurrentTime: false,
  // Boxes start at their date and their label runs on to the right, as the fit padding expects (default: centred).
  align: 'left',
  height: '100%',
  stack: true,
  zoomable: true,
  moveable: true,
  selectable: true,
  multiselect: true,
  verticalScroll: true,
  horizontalScroll: false,
  orientation: { axis: 'top', item: 'top' },
  zoomMin: DAY_MS,
  zoomMax: 400 * 365 * DAY_MS,
  margin: { item: { horizontal: 6, vertical: 8 }, axis: 12 },
  tooltip: { followMouse: false, overflowMethod: 'cap' },
};

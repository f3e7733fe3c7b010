// The baseline of `npm run bench:timeline`: plain vis-timeline with every item handed over at once, as its
// documentation shows (a DataSet of all items, new Timeline(container, items, options)). Bundled as an IIFE.

import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';

interface PlainItem {
  id: string;
  content: string;
  start: string;
  end?: string;
  type: 'box' | 'range';
}

declare global {
  interface Window {
    plainVis(items: PlainItem[]): void;
  }
}

window.plainVis = (items) => {
  const container = document.getElementById('timeline')!;
  new Timeline(container, new DataSet(items), {
    height: '100%',
    stack: true,
    zoomMin: 86_400_000,
    orientation: { axis: 'top', item: 'top' },
  });
};

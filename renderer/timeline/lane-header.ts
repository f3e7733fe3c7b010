// Builds the label of one lane (a vis-timeline group): its name, its event count in the window, and buttons to
// collapse or expand it and to move it up or down. The buttons carry data-lane-action; TimelineView handles them.

import { formatCount } from '../../app/model/format-count';

export interface LaneHeader {
  key: string;
  label: string;
  count: number;
  collapsed: boolean;
  first: boolean;
  last: boolean;
}

function button(doc: Document, action: string, key: string, text: string, label: string, disabled = false): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = 'lane-button';
  element.dataset.laneAction = action;
  element.dataset.lane = key;
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.title = label;
  element.disabled = disabled;
  return element;
}

export function createLaneHeader(header: LaneHeader, doc: Document = document): HTMLElement {
  const root = doc.createElement('div');
  root.className = `lane-header${header.collapsed ? ' is-collapsed' : ''}`;
  root.dataset.lane = header.key;
  root.dataset.laneCount = String(header.count);
  const toggle = button(
    doc,
    'toggle',
    header.key,
    header.collapsed ? '▸' : '▾',
    `${header.collapsed ? 'Expand' : 'Collapse'} lane ${header.label}`,
  );
  toggle.setAttribute('aria-expanded', String(!header.collapsed));
  const name = doc.createElement('span');
  name.className = 'lane-name';
  name.textContent = header.label;
  const count = doc.createElement('span');
  count.className = 'lane-count';
  count.textContent = formatCount(header.count);
  const up = button(doc, 'up', header.key, '↑', `Move lane ${header.label} up`, header.first);
  const down = button(doc, 'down', header.key, '↓', `Move lane ${header.label} down`, header.last);
  root.append(toggle, name, count, up, down);
  return root;
}

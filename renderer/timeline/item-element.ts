// Builds the DOM content of one timeline item from its presentation: label, status marker and data-*
// attributes, and the "×N sources" badge of a merged event. Text goes in with textContent only: article text never becomes markup.

import type { ItemPresentation } from './item-style';

export function createItemElement(presentation: ItemPresentation, doc: Document = document): HTMLElement {
  const root = doc.createElement('span');
  root.className = 'event-item-content';
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  root.setAttribute('aria-label', presentation.description);
  root.title = presentation.description;
  for (const [key, value] of Object.entries(presentation.dataset)) root.dataset[key] = value;
  const label = doc.createElement('span');
  label.className = 'event-item-label';
  label.textContent = presentation.label;
  root.append(label);
  if (presentation.statusMarker) {
    const marker = doc.createElement('span');
    marker.className = 'event-item-marker';
    marker.textContent = presentation.statusMarker;
    root.append(marker);
  }
  if (presentation.sourcesBadge) {
    const badge = doc.createElement('span');
    badge.className = 'event-item-sources';
    badge.textContent = presentation.sourcesBadge;
    root.append(badge);
  }
  return root;
}

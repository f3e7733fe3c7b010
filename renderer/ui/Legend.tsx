// The legend under the timeline: one swatch per event type (colours from app/model/event-types.ts) and
// samples of the uncertain-date and planned styles.

import { EVENT_TYPES } from '../../app/model/event-types';

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {EVENT_TYPES.map((type) => (
        <li key={type.id} title={type.description}>
          <span className="swatch" style={{ ['--event-color' as string]: type.color }} aria-hidden="true" />
          {type.label}
        </li>
      ))}
      <li>
        <span className="swatch swatch-uncertain" aria-hidden="true" />
        Date known only to a week, month or year
      </li>
      <li>
        <span className="swatch swatch-planned" aria-hidden="true" />
        Planned
      </li>
    </ul>
  );
}

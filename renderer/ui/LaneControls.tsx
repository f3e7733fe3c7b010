// The "Lanes" choice of the view bar: no lanes, or one lane per event type, participant, place or article.
// Collapsing, expanding and reordering lanes is done on the lane headers of the timeline (lane-header.ts).

import type { LaneMode } from '../../app/view/lanes';
import { useUiStore } from '../state/ui-store';

const LANE_CHOICES: ReadonlyArray<[LaneMode, string]> = [
  ['none', 'No lanes'],
  ['type', 'By type'],
  ['participant', 'By participant'],
  ['place', 'By place'],
  ['article', 'By article'],
];

export function LaneControls() {
  const laneMode = useUiStore((state) => state.laneMode);
  const setLaneMode = useUiStore((state) => state.setLaneMode);
  return (
    <label className="view-control">
      <span>Lanes</span>
      <select aria-label="Lanes" value={laneMode} onChange={(event) => setLaneMode(event.target.value as LaneMode)}>
        {LANE_CHOICES.map(([mode, label]) => (
          <option key={mode} value={mode}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

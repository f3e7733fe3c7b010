// The side panel's role list: one row per role with its fillers; nothing for events stored before roles existed.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import { EventRoles } from '../../../renderer/ui/EventRoles';

const base: TimelineEvent = {
  id: 'a:0',
  articleId: 'a',
  type: 'attack',
  label: 'Turkish shelling of YPG positions',
  start: '2016-02-14',
  end: '2016-02-14',
  precision: 'day',
  dateBasis: 'explicit',
  status: 'occurred',
  participants: ['Turkey', 'YPG'],
  places: ['Azaz'],
  confidence: 0.9,
  evidence: [],
  mentions: [],
  ruleId: 'attack-shelling',
};

describe('EventRoles', () => {
  it('shows each role with its fillers and the evidence as a tooltip', () => {
    const html = renderToStaticMarkup(
      <EventRoles
        event={{
          ...base,
          roles: [
            { role: 'attacker', value: 'Turkey', evidence: { start: 0, end: 7, text: 'Turkish', ruleId: 'demonym' } },
            { role: 'target', value: 'YPG' },
            { role: 'place', value: 'Azaz' },
          ],
        }}
      />,
    );
    expect(html).toContain('<dt>Attacker</dt><dd><span title="“Turkish”">Turkey</span></dd>');
    expect(html).toContain('<dt>Target</dt>');
    expect(html).toContain('<dt>Place</dt><dd><span title="entered by the analyst">Azaz</span></dd>');
    expect(html.indexOf('Attacker')).toBeLessThan(html.indexOf('Target'));
  });
  it('renders nothing for an event stored without roles', () => {
    expect(renderToStaticMarkup(<EventRoles event={base} />)).toBe('');
  });
});

// The selected event's roles (who did what to whom, where, with what) in the side panel, one row per role with
// its fillers; each filler's evidence text is its tooltip. Events stored before roles existed show nothing here
// (their flat participants and places are shown above).

import type { TimelineEvent } from '../../app/model/event';
import { ROLE_LABELS } from '../../app/model/role-labels';

export function EventRoles({ event }: { event: TimelineEvent }) {
  const roles = event.roles ?? [];
  const rows = ROLE_LABELS.map(([role, label]) => [label, roles.filter((r) => r.role === role)] as const).filter(
    ([, fillers]) => fillers.length > 0,
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="event-roles-title">
      <h3 className="section-title" id="event-roles-title">
        Roles
      </h3>
      <dl className="facts" aria-label="Event roles">
        {rows.map(([label, fillers]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>
              {fillers.map((f, i) => (
                <span key={`${f.value}-${i}`} title={f.evidence ? `“${f.evidence.text}”` : 'entered by the analyst'}>
                  {i > 0 ? ', ' : ''}
                  {f.value}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// Visit roles by position and clause (events/arguments.ts): where a journey starts is no visitor, a state named with the
// visit noun or after the trigger is a destination, the owner of a site travelled to is no host, and "by the French
// foreign minister" still names the visitor. Sentences from MEANTIME airbus (dev, 25501) and the issue's own example.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function visitRoles(text: string): string[] {
  const visit = extractArticleEvents({ id: 't', text, published: '2005-11-05' }).find((e) => e.type === 'visit');
  return (visit?.roles ?? []).map((r) => `${r.role}=${r.value}`);
}

describe('visit roles', () => {
  it('takes the state before a visit noun as the destination ("The Malaysia visit")', () => {
    expect(visitRoles('The Malaysia visit will be rescheduled for November 17, occurring during the return flight.')).toEqual([
      'destination=Malaysia',
    ]);
  });
  it('does not make the place a journey starts from its visitor, and takes a toured state as a destination', () => {
    const roles = visitRoles(
      'The departure from France of the new Airbus A380 superjumbo airliner on a tour of Asia and Australia has been delayed.',
    );
    expect(roles).not.toContain('visitor=France');
    expect(roles).toContain('destination=Australia');
  });
  it('does not make the owner of a base travelled to a host', () => {
    const roles = visitRoles(
      'Obama will meet King Felipe and acting Prime Minister Mariano Rajoy before traveling to a U.S. naval base in Rota.',
    );
    expect(roles).toEqual(['visitor=Obama', 'destination=Rota']);
  });
  it('keeps a demonym after "by" as the visitor', () => {
    expect(visitRoles('A planned visit to Doha by the French foreign minister was cancelled.')).toContain('visitor=France');
  });
});

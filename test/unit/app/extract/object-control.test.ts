// Object control (syntax/clause.ts objectControlAt): after a verb of urging, asking or inviting, its object does what
// the infinitive says, so the names before the verb are no parties of that event; after a verb of planning or
// agreeing the subject still does. Sentences from TimeBank (the TempEval-3 development part): APW19980308.0201,
// APW19980227.0494.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { objectControlAt } from '../../../../app/extract/syntax/clause';

const controlled = (text: string, trigger: string): string | null => {
  const span = objectControlAt({ text, start: 0 }, text.indexOf(trigger));
  return span ? text.slice(span.start, span.end) : null;
};

describe('object control', () => {
  it.each([
    ['Turkey, worried about civil war in Kosovo, urged all Balkan states to sign a joint declaration.', 'sign', 'all Balkan states'],
    ['Kuchma also planned to visit Russian gas giant Gazprom.', 'visit', null],
    ['The warring parties agreed to a 72-hour ceasefire.', 'ceasefire', null],
  ])('%s', (text, trigger, object) => {
    expect(controlled(text, trigger)).toBe(object);
  });

  it('makes the one who urged no party of the declaration, and keeps the subject of "planned to visit"', () => {
    const urged =
      'Turkey, worried about civil war in Kosovo spilling to the whole Balkans, urged all Balkan states to sign a joint ' +
      'declaration that the Kosovo crisis be solved peacefully.';
    const agreement = extractArticleEvents({ id: 't', text: urged, published: '1998-03-08' }).find((e) => e.type === 'agreement');
    expect(agreement?.roles?.map((r) => r.value) ?? []).not.toContain('Türkiye');
    const planned =
      'Ukrainian President Leonid Kuchma arrived Thursday. Kuchma also planned to visit Russian gas giant Gazprom, most ' +
      "likely to discuss Ukraine's dlrs 1.2 billion debt to the company.";
    const visit = extractArticleEvents({ id: 't', text: planned, published: '1998-02-27' }).find((e) => e.type === 'visit');
    expect(visit?.roles?.map((r) => `${r.role}=${r.value}`)).toContain('visitor=Leonid Kuchma');
  });
});

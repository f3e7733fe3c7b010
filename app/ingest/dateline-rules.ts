// Data-like rules recognising a publication date written at the top of an article: agency datelines
// ("MOSCOW, Sept. 21 (Reuters) -"), bylines and "Published" lines, or a date standing on its own line.
// Each rule is a line-anchored template with a {DATE} slot, the date forms allowed in the slot, and an
// example it must match (checked in tests). Templates are expanded into one RegExp per date form.

import { MONTH_NAME_PATTERN as MONTH, WEEKDAY_PATTERN as WEEKDAY } from '../calendar/date-strings';

/** How the date in the slot is written; named groups: month, day, year, isoDate. */
export type DateForm = 'month-day' | 'day-month' | 'month-day-year' | 'day-month-year' | 'iso';

export interface DatelineRule {
  id: string;
  example: string;
  template: string;
  dateForms: readonly DateForm[];
}

const YEAR = String.raw`,?\s+(?<year>(?:18|19|20|21)\d{2})`;
const DATE_FORMS: Record<DateForm, string> = {
  'month-day': String.raw`(?:${WEEKDAY},?\s+)?(?<month>${MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?`,
  'day-month': String.raw`(?:${WEEKDAY},?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>${MONTH})\.?`,
  'month-day-year': String.raw`(?:${WEEKDAY},?\s+)?(?<month>${MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?${YEAR}`,
  'day-month-year': String.raw`(?:${WEEKDAY},?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>${MONTH})\.?${YEAR}`,
  iso: String.raw`(?<isoDate>(?:18|19|20|21)\d{2}-\d{2}-\d{2})`,
};
const FULL_DATES: readonly DateForm[] = ['month-day-year', 'day-month-year', 'iso'];
const ANY_DATES: readonly DateForm[] = ['month-day-year', 'day-month-year', 'month-day', 'day-month'];

/** A dateline place: "MOSCOW", "NAIROBI, Kenya", "Saint Petersburg", "WASHINGTON D.C.". */
const PLACE = String.raw`(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}|[A-Z][a-z.'\u2019-]+(?: [A-Z][a-z.'\u2019-]+){0,2})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?`;
const AGENCY = String.raw`\([A-Z][\w&.' -]{0,30}\)`;
const DASH = String.raw`(?:-{1,2}|\u2013|\u2014|_|:)`;
const LABEL = String.raw`(?:Published|Posted|Updated|Last updated|First published|Dated?|Released)(?:\s+on)?:?\s+`;
/** What may follow a full date that closes a byline or a date line: end of line, dash, bar, a time. */
const CLOSER = String.raw`(?=\s*(?:$|${DASH}|\||\u2022|\u00b7|\(|,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b)))`;

export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    id: 'dateline.place-date',
    example: 'MOSCOW, Sept. 21 (Reuters) - Russia said',
    template: String.raw`${PLACE},?\s+{DATE}\s*(?:${AGENCY}\s*)?${DASH}`,
    dateForms: ANY_DATES,
  },
  {
    id: 'dateline.place-agency-date',
    example: 'WASHINGTON (AP) — Sept. 21, 2023',
    template: String.raw`${PLACE}\s*${AGENCY}\s*${DASH}?\s*{DATE}`,
    dateForms: FULL_DATES,
  },
  {
    id: 'dateline.labelled',
    example: 'Published: 21 September 2023, 10:15 GMT',
    template: String.raw`${LABEL}{DATE}`,
    dateForms: FULL_DATES,
  },
  {
    id: 'dateline.byline',
    example: 'By Jane Doe | September 21, 2023',
    template: String.raw`By [A-Z][^\n|\u2022\u00b7]{1,60}?\s*(?:\||\u2022|\u00b7|${DASH}|,)\s*{DATE}${CLOSER}`,
    dateForms: FULL_DATES,
  },
  {
    id: 'dateline.leading-date',
    example: 'September 21, 2023 — Beijing’s top diplomat',
    template: String.raw`{DATE}${CLOSER}`,
    dateForms: FULL_DATES,
  },
];

export interface CompiledDatelineRule {
  rule: DatelineRule;
  form: DateForm;
  pattern: RegExp;
}

/** Every rule × date form as a line-anchored, multiline RegExp, in rule order. */
export function compileDatelineRules(rules: readonly DatelineRule[] = DATELINE_RULES): CompiledDatelineRule[] {
  return rules.flatMap((rule) =>
    rule.dateForms.map((form) => ({
      rule,
      form,
      pattern: new RegExp(`^[ \\t]*${rule.template.replace('{DATE}', DATE_FORMS[form])}`, 'm'),
    })),
  );
}

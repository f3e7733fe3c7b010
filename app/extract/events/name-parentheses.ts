// Parentheses that hold the abbreviation of the name before them ("the World Wide Developers Conference (WWDC) at
// Moscone Center", "the Bolivarian National Guard (GNB) Division General": MEANTIME dev 10450, WikiEvents dev
// scenario_en_113) are part of that name, not an aside: they end no clause, so the place after them is still the
// trigger's ("at Moscone Center in San Francisco" is where the conference is). A parenthesis that holds words
// ("(R-AZ)", "(about US$1.4 billion)") or stands after a lower-case word still ends the clause.

/** "(WWDC)", "(FANB)", "(U.S.)" right after a capitalised word and before a space; "BELFAST (AP)_" is a dateline. */
const ABBREVIATION_AFTER_NAME = /\p{Lu}[\p{L}.'’-]*\s*\(\p{Lu}[\p{Lu}.&]{1,9}\)(?=\s)/uy;

/** The boundaries without the two parentheses of each abbreviation after a name. */
export function withoutNameParentheses<B extends { start: number }>(boundaries: B[], text: string): B[] {
  const dropped = new Set<number>();
  for (const b of boundaries) {
    if (text[b.start] !== '(') continue;
    // Only the few characters before the parenthesis are read, so a long line without spaces stays linear.
    const from = Math.max(0, b.start - 40);
    const at = text.slice(from, b.start).search(/\S+\s*$/u);
    if (at < 0) continue;
    const wordStart = from + at;
    ABBREVIATION_AFTER_NAME.lastIndex = wordStart;
    const m = ABBREVIATION_AFTER_NAME.exec(text);
    if (m) dropped.add(b.start).add(wordStart + m[0].length - 1);
  }
  return dropped.size === 0 ? boundaries : boundaries.filter((b) => !dropped.has(b.start));
}

/** Whether the name at [start, end) is the parenthesised abbreviation of the trigger before it: the event itself, no party. */
export function abbreviatesTrigger(start: number, end: number, triggerEnd: number, text: string): boolean {
  return /^\s*\($/.test(text.slice(triggerEnd, start)) && text[end] === ')';
}

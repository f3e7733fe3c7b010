// Decides whether a clause talks about the past, the present or the future, which decides which
// "Thursday" or "October" an undated mention refers to ("said on Thursday" vs "will meet on Monday").

export type Tense = 'past' | 'present' | 'future';

/**
 * Future-tense markers, including plan words whose event lies ahead even in a past clause ("accepted an invitation to
 * visit", "is planned for May"); "was originally planned for May" reports an old plan and stays past.
 */
const FUTURE_MARKER =
  "invitations?|invited|(?<!\\b(?:was|were|had\\s+been)\\s+(?:\\w+\\s+)?)(?:planned|slated)(?=\\s+for\\b)|will|won't|shall|'ll|would|might|could|going\\s+to|plans?\\s+to|planning|scheduled|expected\\s+to|set\\s+to|due\\s+to|is\\s+to|are\\s+to|intends?\\s+to|aims?\\s+to|upcoming|forthcoming|hopes?\\s+to|as\\s+(?:soon|early)\\s+as";
/** Past auxiliaries, common irregular past-tense verbs, and regular "-ed" forms. */
const PAST_MARKER =
  'said|was|were|had|did|ago|yesterday|bought|sold|took|made|came|went|began|fell|rose|grew|won|lost|met|left|paid|gave|got|held|led|sent|spent|saw|told|thought|became|brought|built|chose|fought|found|flew|kept|knew|meant|ran|spoke|stood|struck|threw|wrote|sought|[a-z]{2,}ed';
const MARKERS = new RegExp(`\\b(?:(?<future>${FUTURE_MARKER})|(?<past>${PAST_MARKER}))\\b`, 'gi');
/** Abbreviations and initials whose full stop does not end a sentence ("Daniel P. Davison", "Mr. Putin"). */
const ABBREVIATION_BEFORE =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|U\.K)$/;

/** Clause edges: strong punctuation, or a full stop that ends a sentence (followed by a capitalised word). */
function isClauseEdge(text: string, i: number): boolean {
  if (/[!?;\n]/.test(text[i] ?? '')) return true;
  if (text[i] !== '.' || !/^\s+[A-Z"“]/.test(text.slice(i + 1, i + 4))) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}
const WINDOW = 120;
const REPORTING_VERB = /^(?:said|told|announced|reported|added|stated|noted|explained)$/i;
/** A participle after "be" ("will be paid", "is expected") is not a past-tense verb. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|am)\s+$/i;

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < WINDOW && !isClauseEdge(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !isClauseEdge(text, to)) to++;
  return [from, to];
}

/**
 * Tense of the clause containing text[start, end), decided by the tense marker nearest to the
 * expression: a future marker ("will", "plans to", "scheduled") makes it future, a past-tense or
 * reporting verb ("said", "met", "was") past; with no marker the clause counts as present.
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const [from, to] = clauseBounds(text, start, end);
  const clause = text.slice(from, to);
  let best: Tense = 'present';
  let bestDistance = Infinity;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(clause); m; m = MARKERS.exec(clause)) {
    const at = from + m.index;
    if (at >= start && at < end) continue; // inside the expression itself
    if (m.groups?.past && /^[A-Z]/.test(m[0]) && /ed$/i.test(m[0])) continue; // "United", "Fed": names, not verbs
    if (m.groups?.past && /ed$/i.test(m[0]) && PASSIVE_BEFORE.test(clause.slice(0, m.index))) continue; // "would be paid"
    // A modal after the expression governs the next verb, not the date ("the shooting on Monday could threaten ...").
    if (at >= end && m.groups?.future && /^(?:could|might|would)$/i.test(m[0])) continue;
    if (at >= end && REPORTING_VERB.test(m[0]) && text.slice(end, at).includes(',')) continue; // ", Castro said": the frame, not the clause's verb
    const distance = at < start ? start - (at + m[0].length) : at - end;
    // Verbs before the expression bind it more often than verbs after it ("said Thursday").
    const weighted = at < start ? distance : distance * 1.5;
    if (weighted < bestDistance) {
      bestDistance = weighted;
      best = m.groups?.future ? 'future' : 'past';
    }
  }
  return best;
}

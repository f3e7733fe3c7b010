// A non-restrictive relative clause between a subject and its verb trigger ("Pope Francis, who is visiting Canada,
// met Justin Trudeau"; "The airline, which is the third largest in China, signed the agreement in Paris"): what it
// names says something about the subject, not who took part in the trigger's event or where it happened, and the
// subject is the name right before it.

/** ", who|which <clause>," ending right before the trigger or its verb ("signed the agreement", "held talks"). */
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:who|which)\b[^,;:()“”"]*,(?:\s+\p{Ll}[\p{L}'’-]*){0,3}\s*$/u;

/** Article offsets of the relative clause ending right before `triggerStart`, or null. */
export function relativeClauseBefore(
  sentence: { text: string; start: number },
  triggerStart: number,
): { start: number; end: number } | null {
  const before = sentence.text.slice(0, triggerStart - sentence.start);
  const m = RELATIVE_CLAUSE_BEFORE.exec(before);
  return m ? { start: sentence.start + m.index, end: triggerStart } : null;
}

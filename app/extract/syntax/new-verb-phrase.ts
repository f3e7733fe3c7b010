// Where a new verb phrase starts inside a clause, read from part-of-speech tags: "and" / "but" before a finite verb
// ("He met Turkish President Recep Tayyip Erdogan and discussed Syria": Syria is what was discussed, not who met) and
// "to" before a verb of purpose ("met el-Sisi in Cairo to discuss the Gaza truce": Gaza is not where they met). The
// names after such a start are arguments of the second verb; argument attachment ends a trigger's right side there.

import { tagSentence } from './tagger';

/** Verbs that state what a gathering or agreement is for, after "to": a closed list (a bare verb has no suffix to tag by). */
const PURPOSE_VERBS = new RegExp(
  '^(?:' +
    'discuss|discussing|review|negotiate|explore|seek|address|resolve|ease|boost|strengthen|deepen|expand|' +
    'improve|sign|finalise|finalize|prepare|coordinate|mark|celebrate|launch|push|press|urge|ask|demand|' +
    'offer|present|promote|defuse|end|settle|remove|halt|stop|avert|prevent|counter|oppose|support|' +
    'approve|adopt|elect|choose|decide|reach|broker|mediate|debate|study|map|chart|set|lay|draw|pave|' +
    'clear|lift|impose|condemn|protest|honour|honor|commemorate|bolster|forge|build|restore|revive|renew|' +
    'hammer|iron|work|try|find|plan|consider|examine|assess|tackle|pursue|secure' +
    ')$',
);
/**
 * Other verbs after "to" state a purpose too ("signed an interim agreement to protect the Air Force's interests":
 * MEANTIME dev 5403; "open talks with receivers to buy or lease Waertsilae Marine's shipyard": TimeBank wsj_0187):
 * a lower-case word the tagger reads as a verb there, unless it is a noun that often follows "to" ("returned to
 * power"), a verb whose object is who is visited or met ("a visit to meet Erdogan"), or a modifier of the name after
 * it ("a trip to southern Lebanon").
 */
const NOUNS_AFTER_TO =
  /^(?:power|office|court|hospital|prison|jail|school|church|bed|sea|war|death|life|date|work|trial|safety|town|market|light|justice)$/;
const MEETING_VERBS = /^(?:meet|see|visit|join|attend|greet|welcome|host|receive)$/;
/** Finite verb forms after "and" / "but": past tense or participle (-ed), or irregular forms the tagger knows as verbs. */
const FINITE_AFTER_CONJUNCTION = /^(?:\p{Ll}+ed|said|told|held|signed|met|agreed|left|flew|went|made|gave|took|spoke|discussed)$/u;

/** Sentence-local start offsets of the new verb phrases of a sentence, in order. */
export function newVerbPhraseStarts(sentence: { text: string; start: number }): number[] {
  const tokens = tagSentence(sentence);
  const out: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    const coordinatedVerb = t.tag === 'CONJ' && (t.lower === 'and' || t.lower === 'but') && FINITE_AFTER_CONJUNCTION.test(next.text);
    const after = tokens[i + 2];
    const otherVerb =
      next.tag === 'VERB' &&
      /^\p{Ll}+$/u.test(next.text) &&
      !NOUNS_AFTER_TO.test(next.text) &&
      !MEETING_VERBS.test(next.text) &&
      after?.tag !== 'PROPN';
    const purpose = t.tag === 'TO' && (PURPOSE_VERBS.test(next.text) || otherVerb);
    if (coordinatedVerb || purpose) out.push(t.start - sentence.start);
  }
  return out;
}

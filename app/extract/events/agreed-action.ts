// What the parties of an agreement stated as "agreed to <act>" agreed to do, in the text's words, for its label:
// "First Security Corp. agrees to acquire Deseret Bank" (TimeBank wsj_0316: "agreed to acquire Deseret Bank for ..."),
// "Boeing agrees to lease 100 tankers" (MEANTIME airbus), "Iran and Russia agree to expand military cooperation".
// Before, such labels said "signs agreement", which the text does not say. The act runs from the trigger's verb to the
// first punctuation, preposition or clause word, five words at most: "to acquire Deseret Bank for $50 million" keeps
// "acquire Deseret Bank". An act cut by a list ("its Baby Ruth, Butterfinger and Pearson candy businesses") or longer
// than five words is not read: the label names the parties as before.

import type { EventMention } from './event-mention';

/** Rules whose trigger ends in "to <verb>": "agreed to acquire", "agreed with Kyiv to hold". */
const AGREED_TO_RULES = new Set(['agreement-agreed-to-act', 'agreement-agreed-with']);
const VERB_AT_END = /\bto\s+((?:set\s+up)|[a-z]+)$/i;
/** Words that end the act's object: prepositions, clause words, conjunctions. */
const STOP_WORD =
  /^(?:for|from|in|on|at|by|as|if|when|after|before|that|which|who|under|through|over|during|within|until|to|and|or|but|while|because|since|with|than|said|says|,)$/i;
const MAX_OBJECT_WORDS = 5;
/** An object may not end on these: "acquire the", "buy a new". */
const DANGLING = /^(?:the|a|an|its|their|his|her|this|that|these|those|some|all|new|more|up|of)$/i;

/** A comma that goes on with another item of a list: "its Baby Ruth, Butterfinger and Pearson candy businesses". */
const LIST_GOES_ON = /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*(?:,|\band\b|\bor\b)/u;

/**
 * "to acquire Deseret Bank", "to sell three candy businesses to Nestlé" (the other side, when named right after "to",
 * "with" or "from"), or undefined when the mention is no "agreed to <act>" or its act cannot be read whole: cut by a
 * list ("and", a list's comma) or longer than five words.
 */
export function agreedAction(mention: EventMention): string | undefined {
  const { trigger } = mention;
  if (!AGREED_TO_RULES.has(trigger.rule.id)) return undefined;
  const verb = VERB_AT_END.exec(trigger.text.trim())?.[1];
  if (!verb) return undefined;
  const sentence = trigger.sentence;
  const from = trigger.end - sentence.start;
  const words: string[] = [];
  let tail = '';
  for (const m of sentence.text.slice(from, from + 200).matchAll(/\s*([\p{L}\p{N}$%.'’&-]+|[,;:()"“”])/gu)) {
    const token = m[1]!;
    if (STOP_WORD.test(token) || /^[;:()"“”]$/.test(token)) {
      const rest = sentence.text.slice(from + m.index + m[0].length);
      if (/^(?:and|or)$/i.test(token) || (token === ',' && LIST_GOES_ON.test(rest))) return undefined;
      tail = otherSide(mention, token, sentence.start + from + m.index + m[0].length);
      break;
    }
    if (words.length === MAX_OBJECT_WORDS) return undefined;
    words.push(/^(?:\p{Lu}\.)+$|^(?:Inc|Corp|Co|Ltd|Bros)\.$/u.test(token) ? token : token.replace(/\.$/, ''));
  }
  while (words.length > 0 && DANGLING.test(words[words.length - 1]!)) words.pop();
  return ['to', verb.toLowerCase().replace(/\s+/g, ' '), ...words].join(' ') + tail;
}

/** " to Nestlé": a named patient right after the stop word "to", "with" or "from" (the other side), else "". */
function otherSide(mention: EventMention, stop: string, at: number): string {
  if (!/^(?:to|with|from)$/i.test(stop)) return '';
  const text = mention.trigger.sentence.text;
  const local = at - mention.trigger.sentence.start;
  const gap = /^\s+(?:the\s+)?/.exec(text.slice(local))?.[0].length ?? 0;
  const side = mention.patients.find((p) => p.start === at + gap);
  return side ? ` ${stop.toLowerCase()} ${side.name}` : '';
}

// Runs the trigger rule table over each sentence and keeps the best non-overlapping matches.

import type { EventTypeId } from '../../model/event-types';
import type { Sentence } from '../text/sentences';
import { keepDiscourseSense, type RejectedMatch } from './discourse-sense';
import { isAccidentalExplosion, isModifierUse } from './conflict-rules';
import { COMPILED_TRIGGER_RULES, type CompiledTriggerRule } from './trigger-rules';
import { asciiLowerCase } from '../text/required-literals';
import { bigramMask, mayContainAny } from '../text/bigram-mask';

export interface TriggerMatch {
  rule: CompiledTriggerRule;
  type: EventTypeId;
  start: number; // article offsets
  end: number;
  text: string;
  sentence: Sentence;
}

/** The trigger's sentence up to the trigger (its last `maxChars` characters at most). */
export function sentenceTextBefore(trigger: TriggerMatch, maxChars = Infinity): string {
  const local = trigger.start - trigger.sentence.start;
  return trigger.sentence.text.slice(Math.max(0, local - maxChars), local);
}

/** How much of the sentence before a trigger sentenceTailBefore keeps, at least. */
const TAIL_CHARS = 300;

/**
 * The end of the trigger's sentence before the trigger, for patterns anchored at its end (`...$`): at least the last
 * TAIL_CHARS characters, cut at a white space so that `\b` reads as in the whole sentence. Such a pattern tested on the
 * whole prefix is rescanned from the sentence start for every trigger (quadratic on a megabyte-long sentence); on
 * this tail it finds the same matches unless one spans TAIL_CHARS characters of one word or of white space.
 */
export function sentenceTailBefore(trigger: TriggerMatch): string {
  const local = trigger.start - trigger.sentence.start;
  const text = trigger.sentence.text;
  let from = Math.max(0, local - TAIL_CHARS);
  // Back to a white space, but no further than another TAIL_CHARS (a run without spaces: no match starts inside it).
  for (let k = 0; from > 0 && k < TAIL_CHARS && !/\s/.test(text[from]!); k++) from--;
  return text.slice(from, local);
}

/** A capitalised name (not a possessive, not a currency like "US$") or a lower-case title after the verb. */
const NAME_OR_TITLE_AFTER =
  /^\s+(?:(?:his|her|their|the|visiting)\s+)?(?:\p{Lu}[\p{L}.'’-]*(?=[\s,])(?!\s+['’]s\b)|(?:foreign|prime|defen[cs]e|deputy|vice)\s)/u;

/**
 * A nationality adjective or a state's acronym before a common noun ("received Canadian loans", "received U.S. antitrust
 * clearance"), unless the noun is a group of people.
 */
const NATIONALITY_ADJECTIVE_AFTER =
  /^\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i|ch)|U\.S\.|U\.N\.|U\.K\.|E\.U\.|US|UN|UK|EU)\s+(?!(?:at|in|on|and|for|to|with|during|who|officials?|delegations?|counterparts?|leaders?|ministers?|president|premier|envoys?|diplomats?|lawmakers|dignitaries)\b)\p{Ll}/u;

/** A capitalised word (and its space) just before a match: the match may continue a name. */
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+$/u;
/** A sentence in running text, not a title-case headline: it has lower-case words of four letters or more. */
const RUNNING_TEXT = /(?:^|\s)\p{Ll}{4,}/u;
/** RUNNING_TEXT per sentence, tested once (a title-case run of a megabyte would be rescanned for every match). */
const runningTextMemo = new WeakMap<Sentence, boolean>();

function isRunningText(sentence: Sentence): boolean {
  let running = runningTextMemo.get(sentence);
  if (running === undefined) runningTextMemo.set(sentence, (running = RUNNING_TEXT.test(sentence.text)));
  return running;
}

function anyMatches(patterns: RegExp | readonly RegExp[] | undefined, text: string): boolean {
  if (!patterns) return false;
  return patterns instanceof RegExp ? patterns.test(text) : patterns.some((p) => p.test(text));
}

/**
 * Whether a match passes its rule's guards: 'pass', 'sense' when the words are used in another sense ("a heart
 * attack", "police raided"), 'form' when they are part of a name or a modifier ("attack helicopters").
 */
function judgeGuards(rule: CompiledTriggerRule, sentence: Sentence, from: number, to: number): 'pass' | 'sense' | 'form' {
  const before = sentence.text.slice(Math.max(0, from - 60), from);
  const after = sentence.text.slice(to, to + 80);
  if (rule.notInName && /^\p{Lu}/u.test(sentence.text.slice(from, to)) && CAPITALISED_WORD_BEFORE.test(before) && isRunningText(sentence))
    return 'form';
  if (rule.notModifier && isModifierUse(before, after)) return 'form';
  if (anyMatches(rule.notBefore, before) || anyMatches(rule.notAfter, after)) return 'sense';
  if (rule.objectMustBeName && (!NAME_OR_TITLE_AFTER.test(after) || NATIONALITY_ADJECTIVE_AFTER.test(after))) return 'sense';
  return 'pass';
}

/**
 * Trigger matches of one sentence, in text order, without overlaps (longest, then earliest rule, wins). With
 * `rejected`, the matches its guards refused as another sense (and no kept match covers) are added to it.
 */
export function findTriggersInSentence(sentence: Sentence, rejected?: RejectedMatch[]): TriggerMatch[] {
  const candidates: TriggerMatch[] = [];
  const refused: RejectedMatch[] = [];
  const lowered = asciiLowerCase(sentence.text);
  const pairs = bigramMask(lowered);
  for (const rule of COMPILED_TRIGGER_RULES) {
    // A sentence without any of the rule's required literals is not searched (bigram-mask.ts).
    if (!mayContainAny(pairs, rule.literals)) continue;
    const subject = rule.onLowerCase ? lowered : sentence.text;
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(subject); m; m = rule.regex.exec(subject)) {
      if (m[0].length === 0) {
        rule.regex.lastIndex++;
        continue;
      }
      const from = m.index;
      const to = from + m[0].length;
      const verdict = judgeGuards(rule, sentence, from, to);
      if (verdict !== 'pass') {
        if (rejected && verdict === 'sense') {
          const accident =
            rule.id === 'attack-bombing' &&
            isAccidentalExplosion(sentence.text.slice(Math.max(0, from - 60), from), sentence.text.slice(to, to + 80));
          refused.push({
            type: rule.type,
            start: sentence.start + from,
            text: sentence.text.slice(from, to),
            ...(accident ? { accident } : {}),
          });
        }
        continue;
      }
      candidates.push({
        rule,
        type: rule.type,
        start: sentence.start + from,
        end: sentence.start + to,
        text: sentence.text.slice(from, to),
        sentence,
      });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start);
  const kept: TriggerMatch[] = [];
  const taken = new Uint8Array(sentence.text.length); // characters of kept matches: overlap tests read a match's own span
  for (const c of candidates) {
    if (taken.subarray(c.start - sentence.start, c.end - sentence.start).includes(1)) continue;
    taken.fill(1, c.start - sentence.start, c.end - sentence.start);
    kept.push(c);
  }
  // A refused match that a kept one covers (another rule read the same words as an event) is no other sense.
  for (const r of refused) if (!taken[r.start - sentence.start]) rejected!.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/** Trigger matches of the whole article; a word the article used in another sense keeps it (discourse-sense.ts). */
export function findTriggers(sentences: readonly Sentence[]): TriggerMatch[] {
  const rejected: RejectedMatch[] = [];
  const triggers = sentences.flatMap((s) => findTriggersInSentence(s, rejected));
  return keepDiscourseSense(triggers, rejected);
}

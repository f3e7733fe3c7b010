// Agreement labels: what the parties agreed to do ("RJR agrees to sell three candy businesses to Nestlé"), who signed
// with whom ("Lockheed Martin and Raytheon sign contract with United States"), the states that signed ("Ukraine and
// Türkiye sign free trade agreement"), or the kind of agreement when nobody is named ("Merger agreement signed").

import type { EventMention } from './event-mention';
import { agreedAction } from './agreed-action';
import { capitalise, joinNames, kindIn, lowerModifier, named, NOT_QUALIFIERS, type Label, type LabelInput } from './label-parts';

const AGREEMENT_NOUNS = '(ceasefire|truce|treaty|accord|pact|memorandum|contract|declaration|charter|deal|agreement|framework)';

function agreementNoun(mentions: readonly EventMention[]): string {
  const text = mentions.map((m) => m.trigger.text.toLowerCase()).join(' ');
  const m = new RegExp(AGREEMENT_NOUNS).exec(text);
  return m ? m[1]! : 'agreement';
}

/** The qualifier a signing verb's object gives its agreement noun: "signed a free trade agreement", "a gas supply deal". */
const QUALIFIED_NOUN_IN_TRIGGER = new RegExp(`\\b(?:an?|the|their|its)\\s+((?:[a-z][a-z-]*\\s+){1,2})${AGREEMENT_NOUNS}$`);

/** "free trade agreement" for "signed a free trade agreement" ("ceasefire agreement"); `noun` when the trigger qualifies none. */
function qualifiedAgreementNoun(mentions: readonly EventMention[], noun: string): string {
  for (const m of mentions) {
    const found = QUALIFIED_NOUN_IN_TRIGGER.exec(m.trigger.text.toLowerCase());
    const words = found?.[1]?.trim().split(/\s+/) ?? [];
    while (words.length > 0 && NOT_QUALIFIERS.test(words[0]!)) words.shift();
    if (words.length > 0 && words.every((w) => !NOT_QUALIFIERS.test(w))) return `${words.join(' ')} ${found![2]}`;
  }
  return noun;
}

/** Agreement rules whose trigger is the agents' own verb: its object is the other side ("agreed to acquire Deseret Bank"). */
const AGREEING_VERB_RULES = new Set(['agreement-signed', 'agreement-agreed', 'agreement-agreed-to-act', 'agreement-agreed-with']);

/**
 * The other side of an agreement: the patients of its agents' own verb, or named after "with" ("signed a contract with
 * the Pentagon"). A name merely after the noun is none: "the council insists any deal must allow UN inspectors" (TimeBank).
 */
function counterparties(mentions: readonly EventMention[]): string[] {
  const out = new Set<string>();
  for (const m of mentions)
    for (const p of m.patients) {
      const between = m.trigger.sentence.text.slice(m.trigger.end - m.trigger.sentence.start, p.start - m.trigger.sentence.start);
      if (AGREEING_VERB_RULES.has(m.trigger.rule.id) || /\bwith\b/i.test(between)) out.add(p.name);
    }
  return [...out];
}

/**
 * "Iran and Russia agree to expand military cooperation" (agreed-action.ts), or undefined: the agents of that mention
 * (not of every mention of the event: "under which Iraq agreed to give inspectors full access", TimeBank) and the sides
 * its trigger names after "with". Beside a company, a state is only what it is based in ("Ratners Group PLC's U.S.
 * subsidiary has agreed to acquire", TimeBank).
 */
function agreedActionLabel(mentions: readonly EventMention[]): string | undefined {
  for (const m of mentions) {
    const action = agreedAction(m);
    if (!action) continue;
    const within = m.patients.filter((p) => p.start >= m.trigger.start && p.end <= m.trigger.end);
    const sides = [...m.agents, ...within];
    const company = sides.some((e) => e.kind === 'organisation');
    const parties = [...new Set(sides.filter((e) => !(company && e.kind === 'country')).map((e) => e.name))].slice(0, 3);
    if (parties.length === 0) return undefined;
    return `${joinNames(parties)} ${parties.length > 1 ? 'agree' : 'agrees'} ${action}`;
  }
  return undefined;
}

/** Trigger words that say the agreement was signed, not only named ("signed a pact", "the treaty was inked"). */
const SIGNING = /\b(?:sign|signs|signed|signing|inked|sealed|ratif\w+)\b/i;

/** The label of an agreement. */
export function agreementLabel({ countries, agents, patients, places, mentions }: LabelInput): Label {
  // "First Security Corp. agrees to acquire Deseret Bank": what the parties agreed to do, when the text says it.
  const agreed = agreedActionLabel(mentions);
  if (agreed) return named(agreed);
  const kind = agreementNoun(mentions);
  const noun = qualifiedAgreementNoun(mentions, kind); // "Ukraine and Türkiye sign free trade agreement"
  // Companies or groups that sign with a state or another party name both sides: "Lockheed Martin and Raytheon sign
  // contract with United States" (before: "United States signs contract", the companies that signed left out).
  const withWhom = counterparties(mentions).filter((name) => !agents.includes(name));
  if (agents.length > 0 && withWhom.length > 0 && !agents.some((n) => countries.has(n))) {
    const signers = agents.slice(0, 3);
    return named(`${joinNames(signers)} ${signers.length > 1 ? 'sign' : 'signs'} ${noun} with ${joinNames(withWhom.slice(0, 2))}`);
  }
  // States sign agreements: when countries are named, they are the parties of the label.
  const namedParties = [...agents, ...patients];
  const states = namedParties.filter((n) => countries.has(n));
  const parties = (states.length > 0 ? states : namedParties).slice(0, 3);
  if (parties.length >= 2) return named(`${joinNames(parties)} sign ${noun}`);
  if (parties.length === 1) return named(`${parties[0]} signs ${noun}`);
  // Nobody named: what kind of agreement ("Merger agreement"), and "signed" only when the text says so.
  const unnamed = capitalise(noun !== kind ? noun : [lowerModifier(mentions, 'agreement'), kind].filter(Boolean).join(' '));
  const signed = mentions.some((m) => SIGNING.test(m.trigger.text) || SIGNING.test(m.trigger.sentence.text));
  return kindIn(`${unnamed}${signed ? ' signed' : ''}`, places);
}

// Merges mentions of the same event within an article: same type, compatible participants, places and dates
// ("the summit" after "the third Belt and Road Forum"; "its Ukraine offensive" after "Russia's invasion of Ukraine").
// A mention joins the latest compatible event, preferring one reported with the same trigger word, but only on some
// positive sign that it is the same event: a shared participant or place, an overlapping explicit date, a definite
// noun phrase pointing back ("the attack", "its offensive", "signed the agreement"), an event so far named only by the headline (a headline
// announces the story the body then reports), or a mention with nothing of its own. Two reports that merely do not
// contradict each other ("IRA leaders meet in Belfast" ... "Taliban envoys have met U.S. officials") stay apart.
// Gathering links (gathering-links.ts) come first: a meeting held "at" a forum becomes the forum, and a bare "the
// meeting" / "the summit" joins the latest gathering.

import type { EventMention } from './event-mention';
import { sentenceTailBefore, sentenceTextBefore } from './find-triggers';
import { meansAgree, meansOfMention } from './conflict-kinds';
import { isBareDefiniteGathering, isGatheringAntecedent, meetingHeldAtForum } from './gathering-links';

export interface EventCluster {
  mentions: EventMention[];
  /** Names of all participants / places of the mentions so far (kept up to date as mentions join). */
  participants: Set<string>;
  places: Set<string>;
  /** The cities of its mentions (citiesOf), for conflicts: an attack in another city is another attack. */
  cities: Set<string>;
  /** Its mentions' agents and patients that are states or groups (rolesReversed): an attacker that was the target is another attack. */
  agents: Set<string>;
  patients: Set<string>;
  /** Trigger words of the mentions ("summit", "strike"), and the first explicit date. */
  triggerWords: Set<string>;
  /** The means its attack triggers name ("explosive", "firearm": conflict-kinds.ts); a bombing is not a shooting. */
  means?: Set<string>;
  date?: EventMention['date'];
}

/** names() of each mention, computed once: a mention is compared with many events. */
const namesMemo = new WeakMap<EventMention, { participants?: Set<string>; places?: Set<string> }>();

function names(m: EventMention, which: 'participants' | 'places'): Set<string> {
  let memo = namesMemo.get(m);
  if (!memo) namesMemo.set(m, (memo = {}));
  return (memo[which] ??= namesOf(m, which));
}

function namesOf(m: EventMention, which: 'participants' | 'places'): Set<string> {
  const list = which === 'places' ? m.places : [...m.agents, ...m.patients];
  const out = new Set<string>();
  for (const e of list) {
    out.add(e.name);
    // A city matches its country; a person matches the country they are known to represent.
    if ((which === 'places' || e.kind === 'person') && e.country) out.add(e.country);
  }
  return out;
}

function clusterNames(c: EventCluster, which: 'participants' | 'places'): Set<string> {
  return which === 'places' ? c.places : c.participants;
}

/** Gazetteer cities (they carry their country): "Lyon", "Paris", "Kabul"; streets, sites and regions are not among them. */
const CITY_RULE = /^place-(?:capital|city|city-news)$/;

/**
 * The cities a mention places its event in. Two attacks in different cities are different attacks even in one
 * country: "a Friday blast" in Lyon is not the "series of attacks across Paris" of 2015 (WikiEvents dev).
 */
function citiesOf(m: EventMention): Set<string> {
  let cities = citiesMemo.get(m);
  if (!cities) citiesMemo.set(m, (cities = citiesIn(m)));
  return cities;
}

const citiesMemo = new WeakMap<EventMention, Set<string>>();

function citiesIn(m: EventMention): Set<string> {
  return new Set(m.places.filter((e) => e.kind === 'place' && e.country !== undefined && CITY_RULE.test(e.ruleId)).map((e) => e.name));
}

/**
 * Whether the mention's attacker is the event's target, or its target the event's attacker: "prompting Russian
 * airstrikes" after an IED killed Russian soldiers (WikiEvents dev) is a strike back, not the same attack. States and
 * groups only: a person named on both sides is more often a misread name than a reprisal.
 */
function rolesReversed(c: EventCluster, m: EventMention): boolean {
  return (
    m.agents.some((e) => c.patients.has(e.name) && !c.agents.has(e.name)) ||
    m.patients.some((e) => c.agents.has(e.name) && !c.patients.has(e.name))
  );
}

function join(c: EventCluster, m: EventMention): void {
  c.mentions.push(m);
  for (const city of citiesOf(m)) c.cities.add(city);
  for (const e of m.agents) if (e.kind !== 'person') c.agents.add(e.name);
  for (const e of m.patients) if (e.kind !== 'person') c.patients.add(e.name);
  c.triggerWords.add(triggerWord(m));
  const means = meansOfMention(m.trigger);
  if (means) (c.means ??= new Set()).add(means);
  c.date ??= m.date;
  for (const n of names(m, 'participants')) c.participants.add(n);
  for (const n of names(m, 'places')) c.places.add(n);
}

/** Whether the two sets share a name. */
function sharesSomething(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** No contradiction: one side names nothing, or both share a name. */
function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || sharesSomething(a, b);
}

function contains(big: ReadonlySet<string>, small: ReadonlySet<string>): boolean {
  for (const x of small) if (!big.has(x)) return false;
  return true;
}

const NEGATIVE = new Set(['denied', 'hypothetical']);
const CONFLICT = new Set(['attack', 'invasion']);
/**
 * "..., an attack that ...", "The Cafetería Rolando bombing was an attack on 13 September 1974" (WikiEvents dev): a
 * conflict noun in apposition, or after a copula, renames the conflict event just before it.
 */
const APPOSITION_BEFORE = /(?:,\s+|\b(?:is|was|are|were|became|remains|remained)\s+)(?:an?|the|this|that)\s+(?:[\w-]+\s+)?$/i;
/** "the Jakarta meeting" after "the Asean summit in Jakarta": a definite meeting noun can name a forum. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu;

function typeCompatible(c: EventCluster, m: EventMention): boolean {
  const clusterType = c.mentions[0]!.trigger.type;
  if (clusterType === m.trigger.type) return true;
  if (clusterType === 'forum' && m.trigger.rule.id === 'meeting-noun' && DEFINITE_BEFORE.test(sentenceTailBefore(m.trigger))) {
    return m.places.length > 0 && overlaps(clusterNames(c, 'places'), names(m, 'places'));
  }
  return false;
}

function compatible(c: EventCluster, m: EventMention): boolean {
  const first = c.mentions[0]!;
  if (!typeCompatible(c, m)) return false;
  if (NEGATIVE.has(first.status) !== NEGATIVE.has(m.status)) return false;
  const clusterParticipants = clusterNames(c, 'participants');
  const mentionParticipants = names(m, 'participants');
  // Forums gather many parties: who is named in one mention says nothing against another mention.
  if (first.trigger.type !== 'forum' && !overlaps(clusterParticipants, mentionParticipants)) return false;
  if (first.trigger.type === 'meeting' && clusterParticipants.size >= 2 && mentionParticipants.size >= 2) {
    if (!contains(clusterParticipants, mentionParticipants) && !contains(mentionParticipants, clusterParticipants)) return false;
  }
  if (!overlaps(clusterNames(c, 'places'), names(m, 'places'))) return false;
  if (CONFLICT.has(first.trigger.type) && (!overlaps(c.cities, citiesOf(m)) || rolesReversed(c, m))) return false;
  if (!meansAgree(c.means, meansOfMention(m.trigger))) return false;
  const clusterDate = c.date;
  if (clusterDate && m.date && (m.date.start > clusterDate.end || m.date.end < clusterDate.start)) return false;
  return true;
}

/** "the attack", "this week's talks", "its offensive": a definite or possessive noun phrase ends just before the trigger. */
const POINTS_BACK_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,2}$/iu;

/** "signed the agreement in Paris" (MEANTIME dev): a signing verb whose object, inside its trigger, is a definite agreement noun. */
const DEFINITE_AGREEMENT_OBJECT = /\s(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?(?:agreement|deal|contract|accord|treaty|pact)s?$/iu;

function pointsBack(m: EventMention): boolean {
  if (POINTS_BACK_BEFORE.test(sentenceTextBefore(m.trigger, 60))) return true;
  return m.trigger.type === 'agreement' && DEFINITE_AGREEMENT_OBJECT.test(m.trigger.text);
}

/** A mention that names no participant, place or date of its own ("they met", "the meeting ran long"). */
function isBare(m: EventMention): boolean {
  return m.agents.length === 0 && m.patients.length === 0 && m.places.length === 0 && !m.date;
}

const headlineMemo = new WeakMap<EventMention['trigger']['sentence'], boolean>();

/** A title line opening the article: its first sentence, on a line of its own, without a full stop. */
function isHeadline(sentence: EventMention['trigger']['sentence'], text: string): boolean {
  let headline = headlineMemo.get(sentence); // tested once per sentence: it reads the whole sentence
  if (headline === undefined) headlineMemo.set(sentence, (headline = isHeadlineSentence(sentence, text)));
  return headline;
}

function isHeadlineSentence(sentence: EventMention['trigger']['sentence'], text: string): boolean {
  // Only the first sentence can open the article (checked by index first: this runs for every candidate event).
  if (sentence.index !== 0 || text.slice(0, sentence.start).trim() !== '') return false;
  return !/[.!?]["”’']?$/.test(sentence.text.trimEnd()) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(sentence.end));
}

/** Whether every mention of the event lies in the article's headline. */
function onlyInHeadline(c: EventCluster, text: string): boolean {
  // Mentions are appended as they join, so only new ones are checked (a mention moved to the front: all again).
  let memo = headlineOnlyMemo.get(c);
  if (!memo || memo.first !== c.mentions[0]) headlineOnlyMemo.set(c, (memo = { first: c.mentions[0], checked: 0, all: true }));
  for (; memo.all && memo.checked < c.mentions.length; memo.checked++)
    memo.all = isHeadline(c.mentions[memo.checked]!.trigger.sentence, text);
  return memo.all;
}

const headlineOnlyMemo = new WeakMap<EventCluster, { first: EventMention | undefined; checked: number; all: boolean }>();

/** Something the mention and the event have in common beyond not contradicting each other. */
function sameEventSign(c: EventCluster, m: EventMention, text: string): boolean {
  if (isBare(m) || onlyInHeadline(c, text)) return true;
  if (sharesSomething(c.participants, names(m, 'participants')) || sharesSomething(c.places, names(m, 'places'))) return true;
  if (c.date && m.date && m.date.start <= c.date.end && m.date.end >= c.date.start) return true;
  return pointsBack(m);
}

function triggerWord(m: EventMention): string {
  return m.trigger.text
    .toLowerCase()
    .split(/\s+/)
    .pop()!
    .replace(/(?:s|es|ed|ing)$/, '');
}

/** "Russia invaded Ukraine, an attack that ...", "the bombing was an attack on ...": joins the conflict mention just before. */
function appositionTarget(clusters: readonly EventCluster[], m: EventMention): EventCluster | undefined {
  if (!CONFLICT.has(m.trigger.type)) return undefined;
  const before = sentenceTailBefore(m.trigger);
  if (!APPOSITION_BEFORE.test(before)) return undefined;
  const last = clusters[clusters.length - 1];
  const previous = last?.mentions[last.mentions.length - 1];
  return previous && previous.trigger.sentence === m.trigger.sentence && CONFLICT.has(previous.trigger.type) ? last : undefined;
}

/** "the deal", "under the accord", "its agreement": a definite agreement noun names the agreement reported before it. */
const DEFINITE_OR_POSSESSIVE_BEFORE = /\b(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The latest agreement event, for a definite agreement noun; its participants, places and dates are not compared. */
function anaphoricAgreementTarget(clusters: readonly EventCluster[], m: EventMention): EventCluster | undefined {
  if (m.trigger.rule.id !== 'agreement-noun') return undefined;
  const before = sentenceTailBefore(m.trigger);
  if (!DEFINITE_OR_POSSESSIVE_BEFORE.test(before)) return undefined;
  return clusters.findLast((c) => c.mentions[0]!.trigger.type === 'agreement');
}

/**
 * How many of the latest events a mention can refer back to. Real articles report a few dozen events at most (10 in
 * the largest of the evaluation corpora), so this changes nothing there; it keeps text with tens of thousands of
 * events linear instead of comparing every mention with every event.
 */
export const COREFERENCE_LOOKBACK = 200;

/** Groups mentions (in text order) into events; `text` is the article (for links between gathering mentions). */
export function clusterMentions(mentions: readonly EventMention[], text = ''): EventCluster[] {
  const clusters: EventCluster[] = [];
  let previous: { mention: EventMention; cluster: EventCluster } | undefined;
  for (const m of mentions) {
    const recent = clusters.length > COREFERENCE_LOOKBACK ? clusters.slice(-COREFERENCE_LOOKBACK) : clusters;
    const anaphoric = anaphoricAgreementTarget(recent, m);
    if (anaphoric) {
      // The anaphor's own clause speaks about the agreement ("Guterres welcomed the agreement"): it adds no parties, places or date.
      join(anaphoric, { ...m, agents: [], patients: [], places: [], date: undefined });
      previous = { mention: m, cluster: anaphoric };
      continue;
    }
    if (previous && meetingHeldAtForum(previous.mention, m, text)) {
      // "will host X at an Arctic summit": the meeting is the forum; the forum mention leads so the event is a forum.
      join(previous.cluster, m);
      previous.cluster.mentions.unshift(previous.cluster.mentions.pop()!);
      previous.cluster.date = m.date ?? previous.cluster.date;
      previous = { mention: m, cluster: previous.cluster };
      continue;
    }
    const antecedent = isBareDefiniteGathering(m, text) ? recent.findLast((c) => isGatheringAntecedent(c.mentions[0]!)) : undefined;
    if (antecedent) {
      join(antecedent, m);
      previous = { mention: m, cluster: antecedent };
      continue;
    }
    let target = appositionTarget(clusters, m);
    if (!target) {
      const candidates = recent.filter((c) => compatible(c, m) && sameEventSign(c, m, text));
      const word = triggerWord(m);
      target = candidates.findLast((c) => c.triggerWords.has(word)) ?? candidates[candidates.length - 1];
    }
    if (!target) {
      target = {
        mentions: [],
        participants: new Set(),
        places: new Set(),
        cities: new Set(),
        agents: new Set(),
        patients: new Set(),
        triggerWords: new Set(),
      };
      clusters.push(target);
    }
    join(target, m);
    previous = { mention: m, cluster: target };
  }
  return clusters;
}

// Turns a cluster of event mentions into a TimelineEvent: date (explicit → context → publication), status,
// participants, places, label, confidence, evidence sentences and per-value provenance mentions.

import type { DateBasis, DatePrecision, Evidence, EventStatus, Mention, TimelineEvent } from '../../model/event';
import { addDays, formatDay, parseIsoDate } from '../timex/calendar';
import type { Sentence } from '../text/sentences';
import type { EntityMention } from '../entities/types';
import { contextTimex, type DatedTimex } from './dates';
import type { EventCluster } from './coreference';
import type { EventMention } from './event-mention';
import { eventLabel } from './labels';
import { PLACE_IN_CAPITALISED_RULE } from '../entities/place-in-capitalised';
import { eventRoles, flatListsFromRoles } from './roles';
import { referencedEvent } from './referenced-event-date';
import { sentenceTextBefore } from './find-triggers';
import { firstIndexAtOrAfter } from '../text/sorted-search';

export interface AssemblyContext {
  articleId: string;
  published: string | null;
  sentences: readonly Sentence[];
  timexes: readonly DatedTimex[];
  /** Timexes already governing an event: never reused as another event's context date. */
  takenTimexes: ReadonlySet<DatedTimex>;
  /** What the article is about (article-subject.ts): added to a label that would otherwise be a bare type word. */
  articleSubject?: string;
  /** Events assembled so far, for dates by reference ("during the visit"; referenced-event-date.ts). */
  earlierEvents?: readonly TimelineEvent[];
}

/** Sentences back from the first mention in which a "just mentioned" date is still looked for. */
const CONTEXT_SENTENCES = 1;
const BASIS_CONFIDENCE: Record<DateBasis, number> = { explicit: 1, context: 0.85, publication: 0.7 };
/** An event whose only places come from the capitalised-word fallback ("in Tromsø") is trusted a little less. */
const FALLBACK_PLACE_FACTOR = 0.95;

interface ChosenDate {
  start: string;
  end: string;
  precision: DatePrecision;
  basis: DateBasis;
  timex?: DatedTimex;
}

/** The taken timexes sorted by start, once per set (their spans do not overlap, so their ends ascend too). */
const takenSorted = new WeakMap<ReadonlySet<DatedTimex>, DatedTimex[]>();

/** Whether a taken timex lies within [start, end): the first one starting at or after `start` is the only candidate. */
function takenWithin(taken: ReadonlySet<DatedTimex>, start: number, end: number): boolean {
  let sorted = takenSorted.get(taken);
  if (!sorted) takenSorted.set(taken, (sorted = [...taken].sort((a, b) => a.timex.start - b.timex.start)));
  const t = sorted[firstIndexAtOrAfter(sorted, start, (d) => d.timex.start)];
  return t !== undefined && t.timex.end <= end;
}

function chooseDate(cluster: EventCluster, ctx: AssemblyContext): ChosenDate | null {
  const explicit = cluster.mentions.find((m) => m.date)?.date;
  if (explicit) return { start: explicit.start, end: explicit.end, precision: explicit.precision, basis: 'explicit', timex: explicit };
  const first = cluster.mentions[0]!.trigger;
  const referenced = referencedEvent(sentenceTextBefore(first), ctx.earlierEvents ?? [], first.type, first.sentence.start);
  if (referenced) return { start: referenced.start, end: referenced.end, precision: referenced.precision, basis: 'context' };
  const windowStart = ctx.sentences[Math.max(0, first.sentence.index - CONTEXT_SENTENCES)]?.start ?? 0;
  // A sentence whose date belongs to another event is not about the date "just mentioned" before it; only a
  // reporting date ("state media reported Thursday") still bounds an event reported as having happened.
  const sentenceDatedElsewhere = takenWithin(ctx.takenTimexes, first.sentence.start, first.sentence.end);
  const candidate = contextTimex(ctx.timexes, ctx.takenTimexes, first.start, windowStart, first.sentence.start);
  const context = !sentenceDatedElsewhere || (candidate?.reporting && cluster.mentions[0]!.status === 'occurred') ? candidate : undefined;
  if (context) return { start: context.start, end: context.end, precision: context.precision, basis: 'context', timex: context };
  return publicationDate(ctx.published, cluster.mentions[0]!.status, first.sentence.text);
}

/** Statuses of events that had not happened when the article was written. */
const FORWARD_LOOKING = new Set<EventStatus>(['planned', 'hypothetical', 'cancelled']);

/**
 * The trigger's sentence says the event is happening as the report is written ("today", "is under way", "now") or
 * has just happened (the present perfect of news: "have signed a 27-year contract").
 */
const HAPPENING_NOW =
  /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|now|currently|under\s?way|(?:is|are)\s+(?:\w+\s+)?(?:meeting|holding|visiting|attending|underway|taking\s+place)|(?:has|have)\s+(?:just\s+|now\s+|also\s+)?(?:\w+ed|met|held|signed|begun|made|won|struck|hit|shot))\b/i;

/**
 * An event the article gives no date for is placed by its publication date: news reports what just happened, so an
 * event reported as happening now is on the report's day, one reported as having happened on that day or the day
 * before; one still to come is placed in the week from the publication date, and a denied one in the week up to it,
 * at week precision.
 */
function publicationDate(published: string | null, status: EventStatus, sentence: string): ChosenDate | null {
  const day = parseIsoDate(published);
  if (!day) return null;
  if (FORWARD_LOOKING.has(status))
    return { start: formatDay(day), end: formatDay(addDays(day, 6)), precision: 'week', basis: 'publication' };
  // A denied event is not reported as happening: the week up to the report, as before.
  if (status === 'denied') return { start: formatDay(addDays(day, -6)), end: formatDay(day), precision: 'week', basis: 'publication' };
  const from = status === 'ongoing' || HAPPENING_NOW.test(sentence) ? day : addDays(day, -1);
  return { start: formatDay(from), end: formatDay(day), precision: 'day', basis: 'publication' };
}

function chooseStatus(cluster: EventCluster, date: ChosenDate, published: string | null): EventStatus {
  if (cluster.mentions.some((m) => m.status === 'cancelled')) return 'cancelled';
  const dating = cluster.mentions.find((m) => m.date === date.timex) ?? cluster.mentions[0]!;
  if (date.basis === 'context' && published && dating.status === 'occurred' && date.start > published) return 'planned';
  return dating.status;
}

/** Agents and patients over all mentions; a name keeps the role it had where it was first attached. */
function participantRoles(mentions: readonly EventMention[]): { agents: string[]; patients: string[] } {
  const role = new Map<string, 'agent' | 'patient'>();
  for (const m of mentions) {
    for (const e of m.agents) if (!role.has(e.name)) role.set(e.name, 'agent');
    for (const e of m.patients) if (!role.has(e.name)) role.set(e.name, 'patient');
  }
  const names = [...role.keys()];
  return { agents: names.filter((n) => role.get(n) === 'agent'), patients: names.filter((n) => role.get(n) === 'patient') };
}

function entityMention(e: EntityMention, role: Mention['role']): Mention {
  return { start: e.start, end: e.end, text: e.text, ruleId: e.ruleId, role, value: e.name };
}

/** The TimelineEvent of one cluster, or null when no date at all can be given to it. */
export function assembleEvent(cluster: EventCluster, index: number, ctx: AssemblyContext): TimelineEvent | null {
  const date = chooseDate(cluster, ctx);
  if (!date) return null;
  const { mentions } = cluster;
  const type = mentions[0]!.trigger.type;
  const { agents, patients } = participantRoles(mentions);
  const placeEntities = mentions.flatMap((m) => m.places);
  const roles = eventRoles(type, mentions);
  const { participants, places } = flatListsFromRoles(type, roles);
  const countries = new Set(
    mentions
      .flatMap((m) => [...m.agents, ...m.patients])
      .filter((e) => e.kind === 'country')
      .map((e) => e.name),
  );

  const evidence: Evidence[] = [];
  const provenance: Mention[] = [];
  const evidenceStarts = new Set<number>();
  for (const m of mentions) {
    const { sentence } = m.trigger;
    if (!evidenceStarts.has(sentence.start)) {
      evidenceStarts.add(sentence.start);
      evidence.push({ start: sentence.start, end: sentence.end, text: sentence.text, ruleId: m.trigger.rule.id });
    }
    provenance.push({
      start: m.trigger.start,
      end: m.trigger.end,
      text: m.trigger.text,
      ruleId: m.trigger.rule.id,
      role: 'trigger',
      value: type,
    });
    for (const e of [...m.agents, ...m.patients]) provenance.push(entityMention(e, 'participant'));
    for (const e of m.places) provenance.push(entityMention(e, 'place'));
  }
  if (date.timex) {
    const t = date.timex.timex;
    provenance.push({ start: t.start, end: t.end, text: t.text, ruleId: t.ruleId, role: 'date', value: t.value });
  }
  const bestRule = mentions.reduce((best, m) => Math.max(best, m.trigger.rule.confidence), -Infinity);
  const onlyFallbackPlaces = placeEntities.length > 0 && placeEntities.every((e) => e.ruleId === PLACE_IN_CAPITALISED_RULE);
  const argumentFactor = (participants.length > 0 || places.length > 0 ? 1 : 0.8) * (onlyFallbackPlaces ? FALLBACK_PLACE_FACTOR : 1);
  const repeatBonus = mentions.length > 1 ? 0.05 : 0;
  const confidence = Math.min(1, Math.round((bestRule * BASIS_CONFIDENCE[date.basis] * argumentFactor + repeatBonus) * 100) / 100);

  return {
    id: `${ctx.articleId}:${index}`,
    articleId: ctx.articleId,
    type,
    label: eventLabel({ type, countries, agents, patients, places, mentions, subject: ctx.articleSubject }),
    start: date.start,
    end: date.end,
    precision: date.precision,
    ...(date.timex ? { dateValue: date.timex.timex.value } : {}),
    dateBasis: date.basis,
    status: chooseStatus(cluster, date, ctx.published),
    participants,
    places,
    roles,
    confidence,
    evidence,
    mentions: provenance,
    ruleId: mentions[0]!.trigger.rule.id,
  };
}

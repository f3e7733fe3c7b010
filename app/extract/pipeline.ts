// The extraction pipeline: article text → timeline events. Sentences, entities, timexes and triggers are found
// once; each trigger becomes a mention with arguments, date and status; mentions of the same event are merged.
// Called by the renderer's worker and by the CLI; pure and deterministic (same article → same events and ids).
// An analyst's imported event list (CSV / JSON, `rows` set by the ingest) is not text to read: its rows are
// turned into events directly by imported-rows.ts.

import type { ImportedEventRow } from '../model/article';
import type { TimelineEvent } from '../model/event';
import { findEntities } from './entities/find-entities';
import type { EntityMention } from './entities/types';
import { articleSubject } from './events/article-subject';
import { assembleEvent } from './events/assemble-event';
import { clusterMentions } from './events/coreference';
import { durationOffsetDates } from './events/duration-offset';
import { assignTimexes, datedTimexes, type DatedTimex } from './events/dates';
import { buildEventMention } from './events/event-mention';
import { findTriggers, type TriggerMatch } from './events/find-triggers';
import { isHabitualAttack } from './events/habitual-attacks';
import { isLabourStrike } from './events/labour-strikes';
import { withoutTopicMentions } from './events/topic-mentions';
import { eventsFromImportedRows } from './imported-rows';
import { splitSentences } from './text/sentences';
import { findTimexes } from './timex';
import { firstIndexAtOrAfter } from './text/sorted-search';
import { isVerbAfterToOrModalAt } from './syntax/clause';
import { tagSentence } from './syntax/tagger';

export interface ArticleInput {
  id: string;
  text: string;
  published: string | null;
  /** The rows of an imported event list (Article.rows); when present they are the events. */
  rows?: readonly ImportedEventRow[];
}

function entitiesBySentence(
  entities: readonly EntityMention[],
  sentenceCount: number,
  sentenceOf: (offset: number) => number,
): EntityMention[][] {
  const out: EntityMention[][] = Array.from({ length: sentenceCount }, () => []);
  for (const e of entities) {
    const index = sentenceOf(e.start);
    if (index >= 0) out[index]!.push(e);
  }
  return out;
}

const SECTION_HEADING = /^\s*={2,}[^=\n]+={2,}\s*$/;
/** "strike" as a verb is rarely an attack ("had to strike hysterical girls"); "to attack X" is one (WikiEvents dev). */
const BARE_VERBAL_NOUN = /^strike$/i;

/** A bulleted line without a full stop: "* 2007 Bagram Airfield bombing" in a "See also" list (WikiEvents dev). */
const BULLETED_LINE = /^\s*[*•▪‣–-]\s+[^.!?]*$/;

/** A list entry names an event without reporting it: a bulleted line with no verb besides the trigger ("* 7 militants killed" reports). */
function isListEntry(t: TriggerMatch): boolean {
  if (!BULLETED_LINE.test(t.sentence.text)) return false;
  return !tagSentence(t.sentence).some((k) => /^(?:VERB|REPORT|BE|AUX|MODAL)$/.test(k.tag) && (k.end <= t.start || k.start >= t.end));
}

/** How far (characters) from its trigger an argument is looked for; keeps run-on sentences linear. */
const ARGUMENT_REACH = 400;

/** The entities (sorted by start) that lie within [from, to). */
function entitiesNear(sorted: readonly EntityMention[], from: number, to: number): EntityMention[] {
  const lo = firstIndexAtOrAfter(sorted, from, (mention) => mention.start);
  const out: EntityMention[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < to; k++) out.push(sorted[k]!);
  return out;
}

/** All events of an article, in order of first mention, with ids `${article.id}:${n}`. */
export function extractArticleEvents(article: ArticleInput): TimelineEvent[] {
  if (article.rows) return eventsFromImportedRows(article).events;
  const { text, published } = article;
  const sentences = splitSentences(text);
  // A section heading of scraped wiki text ("==The attack==") names a topic; it reports no event.
  // A bulleted list entry with no verb ("* 2007 Bagram Airfield bombing") names an event of another article.
  // A bare attack noun used as a verb ("passers-by had to strike hysterical girls") is no strike.
  // An attack verb in a relative clause of habit ("insurgents who continue to ambush ...") reports no attack.
  // A bare "strike" in a sentence of work or business with nothing violent in it is a labour strike.
  // An attack already reported, named again only as the topic of an arrest, a probe or a reaction ("detained in
  // connection with the attack"), is no new mention (topic-mentions.ts).
  const triggers = withoutTopicMentions(
    findTriggers(sentences).filter(
      (t) =>
        !SECTION_HEADING.test(t.sentence.text) &&
        !isListEntry(t) &&
        !isHabitualAttack(t) &&
        !isLabourStrike(t) &&
        !(BARE_VERBAL_NOUN.test(t.text) && isVerbAfterToOrModalAt(t.sentence, t.start)),
    ),
  );
  if (triggers.length === 0) return [];
  const entities = findEntities(text, sentences);
  let cursor = 0;
  const sentenceOf = (offset: number): number => {
    while (cursor < sentences.length && sentences[cursor]!.end <= offset) cursor++;
    return cursor < sentences.length && sentences[cursor]!.start <= offset ? cursor : -1;
  };
  const bySentence = entitiesBySentence(entities, sentences.length, sentenceOf);
  const allTimexes = findTimexes(text, published);
  const timexes = datedTimexes(text, allTimexes);
  const governing = assignTimexes(text, triggers, timexes);
  // "two years after Russia invaded Ukraine" ties the event more closely than any date of the main clause.
  for (const [index, dated] of durationOffsetDates(text, triggers, allTimexes, published)) governing.set(index, dated);
  const mentions = triggers.map((trigger, i) => {
    const next = triggers[i + 1];
    const nextStart = next && next.sentence === trigger.sentence ? next.start : Infinity;
    const nearby = entitiesNear(bySentence[trigger.sentence.index] ?? [], trigger.start - ARGUMENT_REACH, trigger.end + ARGUMENT_REACH);
    return buildEventMention(trigger, nearby, governing.get(i), text, published, nextStart);
  });
  const takenTimexes = new Set<DatedTimex>(governing.values());
  const clusters = clusterMentions(mentions, text);
  const events: TimelineEvent[] = [];
  const subject = articleSubject(entities, sentences, text);
  for (const cluster of clusters) {
    const event = assembleEvent(cluster, events.length, {
      articleId: article.id,
      published,
      sentences,
      timexes,
      takenTimexes,
      articleSubject: subject,
      earlierEvents: events,
    });
    if (event) events.push(event);
  }
  return events;
}

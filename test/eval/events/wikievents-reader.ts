// Reads WikiEvents (KAIROS) JSON lines into gold documents, mapping KAIROS event types onto the app's event types.
//
// Mapping (checked against ../shared/corpora/wikievents/event_role_KAIROS.json):
// - attack   ← Conflict.Attack.* (Unspecified, DetonateExplode).
// - meeting  ← Contact.Contact.Meet ("met face-to-face"), except mentions triggered by a reporting verb (said, told,
//              asked, replied, declared, interviewed): the annotators file courtroom exchanges under Meet, but a
//              reporting verb is not an event in this product. Also any other Contact.* mention whose trigger is
//              itself a meeting word (meet, meeting, talks, summit, encounter) or a light verb directly governing one
//              ("hold secret talks" is annotated Contact.Contact.Unspecified on "hold"), except Broadcast (one-way)
//              and Correspondence (remote: phone, mail) which are never face-to-face.
// - visit    ← Movement.Transportation.Unspecified (people or things moving to a place). Evacuation,
//              IllegalTransportation (smuggling) and PreventPassage are not visits.
// Everything else (Contact.Contact.Broadcast "said", Correspondence "call", RequestCommand "urged", ...) is unmapped.

import { readFileSync } from 'node:fs';
import type { EventTypeId } from '../../../app/model/event-types';
import { joinSentences, looksLikeName, type GoldDocument, type GoldName, type GoldNameType } from './gold-document';
import { kairosRoleClass, type GoldRoleClass } from './role-classes';
import { splitOf, WIKIEVENTS_SPLIT } from './splits';

type Token = [string, number, number]; // text, start and end offsets in the document text

interface WikiEventsLine {
  doc_id: string;
  sentences: [Token[], string][];
  entity_mentions: { id: string; sent_idx: number; start: number; end: number; entity_type: string; text: string }[];
  event_mentions: {
    event_type: string;
    trigger: { text: string; sent_idx: number; start: number; end: number };
    arguments: { entity_id: string; role: string; text: string }[];
  }[];
}

/** The corpus's fixed publication date: WikiEvents gives none, and it scores no dates. */
export const WIKIEVENTS_DCT = '2020-01-01';

/** Entity types scored as names; facilities (FAC: "Camp Shorabak", "London Bridge") are places in the app's inventory. */
const NAME_TYPES: Readonly<Record<string, GoldNameType>> = { PER: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

export const REPORTING_TRIGGER =
  /^(?:said|says|say|saying|told|tell|tells|asked|ask|asking|replied|replies|declared|declares|interviewed|stated|claimed)$/i;
const MEETING_WORD = /^(?:meet|meets|met|met up|meeting|meetings|talks|summit|summits|encounter)$/i;
const LIGHT_VERB_WITH_MEETING = /^(?:hold|holds|held|holding|have|had|has)$/i;
const MEETING_NOUN_AFTER = /^\s+(?:\S+\s+){0,2}?(?:talks|meetings?|summit)\b/i;

/**
 * Deaths and injuries (Life.Die, Life.Injure): KAIROS files the people an attack killed or wounded on these events, not
 * on the attack, while the app's attack has a victim role ("Gunman kills five police officers"). Their victims (and
 * killers) may stand among an attack's fillers in the same sentence; they are never required.
 */
const CASUALTY_EVENT = /^Life\.(?:Die|Injure)\./;
const CASUALTY_ROLES: Readonly<Record<string, GoldRoleClass>> = { Victim: 'target', Killer: 'attacker', Injurer: 'attacker' };

/** The app event type of a KAIROS mention, or null when it is out of scope. `after` is the sentence text after the trigger. */
export function kairosToEventType(kairos: string, trigger: string, after = ''): EventTypeId | null {
  if (kairos.startsWith('Conflict.Attack.')) return 'attack';
  if (kairos === 'Movement.Transportation.Unspecified') return 'visit';
  if (!kairos.startsWith('Contact.') || kairos.endsWith('.Broadcast') || kairos.endsWith('.Correspondence')) return null;
  if (REPORTING_TRIGGER.test(trigger)) return null;
  if (kairos === 'Contact.Contact.Meet') return 'meeting';
  if (MEETING_WORD.test(trigger)) return 'meeting';
  if (LIGHT_VERB_WITH_MEETING.test(trigger) && MEETING_NOUN_AFTER.test(after)) return 'meeting';
  return null;
}

/**
 * Gold mentions per KAIROS subtype in scope of the mapping (Conflict.Attack, Contact, Movement.Transportation),
 * with how many were mapped.
 */
export type KairosCounts = Map<string, { total: number; mapped: Map<EventTypeId, number> }>;

export function readWikiEvents(file: string, counts?: KairosCounts): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const section = file.split(/[\\/]/).pop()!;
  const split = splitOf(WIKIEVENTS_SPLIT, section);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as WikiEventsLine;
    const { text, sentenceStarts } = joinSentences(doc.sentences.map((s) => s[1]));
    // Token i of the document (global index, as entity mentions count them) → its span in the joined text.
    const tokenSpans: { start: number; end: number }[] = [];
    doc.sentences.forEach(([tokens], i) => {
      const base = tokens[0]?.[1] ?? 0;
      for (const t of tokens) tokenSpans.push({ start: sentenceStarts[i]! + t[1] - base, end: sentenceStarts[i]! + t[2] - base });
    });
    const spanOf = (start: number, end: number): { start: number; end: number; text: string } => {
      const from = tokenSpans[start]?.start ?? 0;
      const to = tokenSpans[end - 1]?.end ?? from;
      return { start: from, end: to, text: text.slice(from, to) };
    };
    const entities = new Map(doc.entity_mentions.map((m) => [m.id, m]));
    const names: GoldName[] = doc.entity_mentions.map((m) => {
      const span = spanOf(m.start, m.end);
      // "the United States", "the National Assembly": a name after the article is still a name.
      const named = looksLikeName(span.text.replace(/^the\s+(?=\p{Lu})/u, ''));
      return { ...span, type: named ? (NAME_TYPES[m.entity_type] ?? null) : null };
    });
    const gold: GoldDocument['gold'] = [];
    const casualties: NonNullable<GoldDocument['casualties']> = [];
    for (const e of doc.event_mentions) {
      const sentence = doc.sentences[e.trigger.sent_idx]?.[1] ?? '';
      const at = sentence.indexOf(e.trigger.text);
      const after = at < 0 ? '' : sentence.slice(at + e.trigger.text.length, at + e.trigger.text.length + 60);
      const type = kairosToEventType(e.event_type, e.trigger.text, after);
      if (counts && /^(?:Conflict\.Attack|Contact|Movement\.Transportation)\./.test(e.event_type)) {
        let c = counts.get(e.event_type);
        if (!c) counts.set(e.event_type, (c = { total: 0, mapped: new Map() }));
        c.total++;
        if (type) c.mapped.set(type, (c.mapped.get(type) ?? 0) + 1);
      }
      const casualty = CASUALTY_EVENT.test(e.event_type);
      if (!type && !casualty) continue;
      const args = e.arguments.flatMap((a) => {
        const m = entities.get(a.entity_id);
        if (!m) return [];
        const span = spanOf(m.start, m.end);
        const sentenceInitial = /^[\s"“‘'(]*$/u.test(text.slice(sentenceStarts[m.sent_idx] ?? 0, span.start));
        const named = looksLikeName(span.text, { sentenceInitial, documentText: text });
        return [{ ...span, roleClass: kairosRoleClass(a.role), corpusRole: a.role, named }];
      });
      if (type) gold.push({ sentence: e.trigger.sent_idx, type, trigger: e.trigger.text, arguments: args });
      else {
        const roles = args.flatMap((a) => (CASUALTY_ROLES[a.corpusRole] ? [{ ...a, roleClass: CASUALTY_ROLES[a.corpusRole]! }] : []));
        casualties.push({ sentence: e.trigger.sent_idx, arguments: roles });
      }
    }
    docs.push({
      id: doc.doc_id,
      corpus: 'wikievents',
      section,
      split,
      text,
      sentenceStarts,
      published: WIKIEVENTS_DCT,
      gold,
      names,
      casualties,
    });
  }
  return docs;
}

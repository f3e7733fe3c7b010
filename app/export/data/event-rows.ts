// One export row per event (per cluster of merged reports) for the CSV and JSON exports: dates, precision, type,
// label, status, participants, places, roles (with the span each was read from), confidence, and every source
// with its article's title and the sentences that report the event. Framework-free: the renderer gathers the
// cluster members and articles, this file only shapes them.

import type { Article } from '../../model/article';
import type { Evidence, EventRole, TimelineEvent } from '../../model/event';
import { EVENT_TYPES } from '../../model/event-types';

/** One article's report of an exported event. */
export interface ExportSource {
  eventId: string;
  articleId: string;
  articleTitle: string;
  fileName: string;
  published: string | null;
  /** The sentences (evidence) that report the event, in text order, without repeats. */
  sentences: string[];
  confidence: number;
}

export interface EventExportRow {
  id: string;
  start: string;
  end: string;
  precision: TimelineEvent['precision'];
  type: string;
  typeLabel: string;
  label: string;
  status: TimelineEvent['status'];
  participants: string[];
  places: string[];
  /** Role fillers when the event has them ("visitor: Wang Yi"), each with the span it was read from when there is one. */
  roles: { role: EventRole['role']; value: string; evidence?: Evidence }[];
  /** The highest confidence among the merged reports. */
  confidence: number;
  reviewState: TimelineEvent['reviewState'] | null;
  notes: string | null;
  sources: ExportSource[];
}

/** An event as shown (the cluster's representative) and every report merged into it (itself included). */
export interface ClusterForExport {
  event: TimelineEvent;
  members: readonly TimelineEvent[];
}

export type ArticleInfo = Pick<Article, 'id' | 'title' | 'fileName' | 'published'>;

const TYPE_LABELS: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.id, t.label]));

function sentencesOf(event: TimelineEvent): string[] {
  const ordered = [...event.evidence].sort((a, b) => a.start - b.start);
  return [...new Set(ordered.map((evidence) => evidence.text.trim()).filter((text) => text.length > 0))];
}

function sourceOf(member: TimelineEvent, articles: ReadonlyMap<string, ArticleInfo>): ExportSource {
  const article = articles.get(member.articleId);
  return {
    eventId: member.id,
    articleId: member.articleId,
    articleTitle: article?.title ?? (member.origin === 'analyst' ? 'added by the analyst' : 'article missing'),
    fileName: article?.fileName ?? '',
    published: article?.published ?? null,
    sentences: sentencesOf(member),
    confidence: member.confidence,
  };
}

/** The export row of one cluster; sources ordered by publication date, then event id. */
export function eventExportRow(cluster: ClusterForExport, articles: ReadonlyMap<string, ArticleInfo>): EventExportRow {
  const { event } = cluster;
  const members = cluster.members.some((member) => member.id === event.id) ? cluster.members : [event, ...cluster.members];
  const sources = members
    .map((member) => sourceOf(member, articles))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.eventId.localeCompare(b.eventId));
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    precision: event.precision,
    type: event.type,
    typeLabel: TYPE_LABELS.get(event.type) ?? event.type,
    label: event.label,
    status: event.status,
    participants: [...event.participants],
    places: [...event.places],
    roles: (event.roles ?? []).map((role) => ({
      role: role.role,
      value: role.value,
      ...(role.evidence ? { evidence: { ...role.evidence } } : {}),
    })),
    confidence: Math.max(...members.map((member) => member.confidence)),
    reviewState: event.reviewState ?? null,
    notes: event.notes?.trim() ? event.notes : null,
    sources,
  };
}

function byDateThenLabel(a: EventExportRow, b: EventExportRow): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
}

/** Rows of every cluster, in date order (start, end, label, id). */
export function eventExportRows(clusters: readonly ClusterForExport[], articles: ReadonlyMap<string, ArticleInfo>): EventExportRow[] {
  return clusters.map((cluster) => eventExportRow(cluster, articles)).sort((a, b) => byDateThenLabel(a, b));
}

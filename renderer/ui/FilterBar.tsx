// The "Filters" panel of the view bar: event types, status, participant (in any role, or narrowed to one: "as
// attacker", "as target", …), place, article, date range and minimum confidence, written to the store's `filters`
// (applied by the one predicate, matchesFilters, everywhere).

import { useEffect, useRef, useState } from 'react';
import { filtersAreEmpty, NO_FILTERS } from '../../app/model/event-filter';
import type { EventRoleName, EventStatus } from '../../app/model/event';
import { EVENT_TYPES } from '../../app/model/event-types';
import { ROLE_LABELS } from '../../app/model/role-labels';
import { useIndexGeneration } from '../search/use-index-generation';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';
import { ArticleFilter, type ArticleChoice } from './ArticleFilter';

const STATUSES: readonly EventStatus[] = ['occurred', 'ongoing', 'planned', 'cancelled', 'denied', 'hypothetical'];
/** The roles a participant (a person, country or group) can fill, in the side panel's order. */
const PARTICIPANT_ROLES = new Set<EventRoleName>(['party', 'visitor', 'host', 'attendee', 'attacker', 'target', 'victim', 'destination']);
const ROLE_CHOICES = ROLE_LABELS.filter(([role]) => PARTICIPANT_ROLES.has(role));

interface Props {
  /** Bumped after writes, so the name suggestions are re-read. */
  version: number;
}

/** Most named suggestions per field (a datalist of more is no help and costs a render). */
const SUGGESTED_NAMES = 500;

/**
 * The case's most named participants and places (for the fields' suggestions), asked of the view-index worker once
 * the panel opens and again after writes: the worker holds every event's names already, where reading the
 * entities table here (a row per article and name: 250,000 at 100,000 events) blocked the UI thread for seconds.
 */
function useEntityNames(version: number, open: boolean): { participants: string[]; places: string[] } {
  const [names, setNames] = useState<{ participants: string[]; places: string[] }>({ participants: [], places: [] });
  const generation = useIndexGeneration(open);
  useEffect(() => {
    if (!open) return;
    let current = true;
    void viewIndexClient()
      .names(SUGGESTED_NAMES)
      .then((found) => current && setNames(found));
    return () => {
      current = false;
    };
  }, [version, open, generation]);
  return names;
}

/**
 * Every article (newest import first) for the Article choice, read when the choice is about to be used (pointer
 * over it, or focus) and not whenever the panel opens: at 10,000 articles the read competes with the filters' redraw.
 * The view-index worker reads the articles and sends back their titles and file names only.
 */
function useArticleChoices(version: number, wanted: boolean): ArticleChoice[] {
  const [choices, setChoices] = useState<ArticleChoice[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void viewIndexClient()
      .articleChoices()
      .then((articles) => current && setChoices(articles.map((article) => ({ article }))));
    return () => {
      current = false;
    };
  }, [version, wanted]);
  return choices;
}

function NameFilter({ label, list, value, onChange }: { label: string; list: string[]; value: string[]; onChange(names: string[]): void }) {
  const id = `filter-${label.toLowerCase()}-names`;
  return (
    <label className="filter-field">
      <span>{label}</span>
      <input
        type="text"
        aria-label={label}
        list={id}
        defaultValue={value.join('; ')}
        key={value.join('; ')}
        placeholder="Any"
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        onBlur={(event) =>
          onChange(
            event.currentTarget.value
              .split(';')
              .map((name) => name.trim())
              .filter(Boolean),
          )
        }
      />
      <datalist id={id}>
        {list.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </label>
  );
}

export function FilterBar({ version }: Props) {
  const filters = useUiStore((state) => state.filters);
  const setFilters = useUiStore((state) => state.setFilters);
  const [open, setOpen] = useState(false);
  const names = useEntityNames(version, open);
  const [articlesWanted, setArticlesWanted] = useState(false);
  const articleChoices = useArticleChoices(version, open && (articlesWanted || filters.articleIds.length > 0));
  const rootRef = useRef<HTMLDivElement>(null);
  const active = !filtersAreEmpty(filters);
  const toggleType = (id: (typeof EVENT_TYPES)[number]['id'], on: boolean): void =>
    setFilters({ types: on ? [...filters.types, id] : filters.types.filter((type) => type !== id) });
  return (
    <div className="filter-bar" ref={rootRef} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className={`button${active ? ' is-active' : ''}`} aria-expanded={open} onClick={() => setOpen(!open)}>
        Filters{active ? ' •' : ''}
      </button>
      {active && (
        <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
      {open && (
        <div className="filter-panel" role="group" aria-label="Filters">
          <fieldset className="filter-types">
            <legend>Event type</legend>
            {EVENT_TYPES.map((type) => (
              <label key={type.id} className="filter-check" style={{ '--event-color': type.color } as React.CSSProperties}>
                <input
                  type="checkbox"
                  checked={filters.types.includes(type.id)}
                  onChange={(event) => toggleType(type.id, event.target.checked)}
                />
                {type.label}
              </label>
            ))}
          </fieldset>
          <label className="filter-field">
            <span>Status</span>
            <select
              aria-label="Status"
              value={filters.statuses[0] ?? ''}
              onChange={(event) => setFilters({ statuses: event.target.value ? [event.target.value as EventStatus] : [] })}
            >
              <option value="">Any status</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          </label>
          <NameFilter
            label="Participant"
            list={names.participants}
            value={filters.participants}
            onChange={(participants) => setFilters({ participants })}
          />
          <label className="filter-field">
            <span>Participant role</span>
            <select
              aria-label="Participant role"
              value={filters.participantRole ?? ''}
              disabled={filters.participants.length === 0}
              onChange={(event) => setFilters({ participantRole: (event.target.value || null) as EventRoleName | null })}
            >
              <option value="">in any role</option>
              {ROLE_CHOICES.map(([role, label]) => (
                <option key={role} value={role}>
                  as {label.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <NameFilter label="Place" list={names.places} value={filters.places} onChange={(places) => setFilters({ places })} />
          <ArticleFilter
            articles={articleChoices}
            value={filters.articleIds[0] ?? null}
            onChange={(articleId) => setFilters({ articleIds: articleId ? [articleId] : [] })}
            onWanted={() => setArticlesWanted(true)}
          />
          <label className="filter-field">
            <span>From</span>
            <input
              type="date"
              aria-label="From"
              value={filters.from ?? ''}
              onChange={(event) => setFilters({ from: event.target.value || null })}
            />
          </label>
          <label className="filter-field">
            <span>To</span>
            <input
              type="date"
              aria-label="To"
              value={filters.to ?? ''}
              onChange={(event) => setFilters({ to: event.target.value || null })}
            />
          </label>
          <label className="filter-field">
            <span>Minimum confidence {Math.round(filters.minConfidence * 100)}%</span>
            <input
              type="range"
              aria-label="Minimum confidence"
              min={0}
              max={1}
              step={0.05}
              value={filters.minConfidence}
              onChange={(event) => setFilters({ minConfidence: Number(event.target.value) })}
            />
          </label>
        </div>
      )}
    </div>
  );
}

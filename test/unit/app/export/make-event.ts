// Test helper: a TimelineEvent with sensible defaults, overridable per test.
import type { TimelineEvent } from '../../../../app/model/event';

export function makeEvent(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'label' | 'start' | 'end'>): TimelineEvent {
  return {
    articleId: 'article-1',
    type: 'meeting',
    precision: 'day',
    dateBasis: 'explicit',
    status: 'occurred',
    participants: [],
    places: [],
    confidence: 0.9,
    evidence: [],
    mentions: [],
    ruleId: 'test.rule',
    ...overrides,
  };
}

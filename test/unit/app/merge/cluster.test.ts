// Deterministic clustering, the analyst's splits, the representative and the window collapse.

import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../app/model/event';
import { chooseCluster, clusterEvents, membershipOf } from '../../../../app/merge/cluster';
import { collapseClusters } from '../../../../app/merge/collapse';
import { pickRepresentative } from '../../../../app/merge/representative';

const event = (id: string, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  articleId: id.split(':')[0]!,
  type: 'forum',
  label: 'Belt and Road Forum',
  start: '2023-10-01',
  end: '2023-10-31',
  precision: 'month',
  dateBasis: 'explicit',
  status: 'planned',
  participants: ['Xi Jinping'],
  places: ['Beijing'],
  confidence: 0.7,
  evidence: [],
  mentions: [],
  ruleId: 'forum',
  ...fields,
});

const forumMonth = event('a:0');
const forumDay = event('b:3', { start: '2023-10-17', end: '2023-10-17', precision: 'day', confidence: 0.6, participants: ['Xi'] });
const otherForum = event('c:1', {
  places: ['Davos'],
  participants: ['Klaus Schwab'],
  start: '2023-10-20',
  end: '2023-10-20',
  precision: 'day',
});
const sameArticle = event('a:1', { start: '2023-10-17', end: '2023-10-17', precision: 'day' });

describe('clusterEvents', () => {
  it('groups reports of one event and leaves other events alone, whatever the input order', () => {
    const forward = clusterEvents([forumMonth, forumDay, otherForum, sameArticle]);
    const backward = clusterEvents([sameArticle, otherForum, forumDay, forumMonth]);
    expect(forward).toEqual(backward);
    const ids = forward.map((cluster) => cluster.members.map((m) => m.id).sort());
    expect(ids).toContainEqual(['c:1']);
    // a:0 and a:1 come from one article, so they can never share a cluster; the day report anchors first.
    expect(ids.some((members) => members.includes('a:0') && members.includes('a:1'))).toBe(false);
    expect(forward).toHaveLength(3);
  });

  it('respects a split: the pair stays apart', () => {
    const apart = (x: string, y: string) => [x, y].sort().join() === 'a:0,b:3';
    const clusters = clusterEvents([forumMonth, forumDay], apart);
    expect(clusters.map((c) => c.members.length)).toEqual([1, 1]);
    expect(clusterEvents([forumMonth, forumDay]).map((c) => c.members.length)).toEqual([2]);
  });

  it('uses the smallest member id as cluster id', () => {
    expect(clusterEvents([forumDay, forumMonth])[0]!.id).toBe('a:0');
  });
});

describe('chooseCluster', () => {
  it('picks the highest-scoring cluster and skips clusters holding an event of the same article', () => {
    const weak = {
      id: 'x:0',
      members: [event('x:0', { places: [], participants: ['Xi Jinping'], precision: 'day', start: '2023-10-17', end: '2023-10-17' })],
    };
    const strong = { id: 'y:0', members: [event('y:0', { start: '2023-10-17', end: '2023-10-17', precision: 'day' })] };
    const newcomer = event('z:0', { start: '2023-10-17', end: '2023-10-17', precision: 'day' });
    expect(chooseCluster(newcomer, [weak, strong])?.id).toBe('y:0');
    expect(chooseCluster(event('y:5', { start: '2023-10-17', end: '2023-10-17' }), [strong])).toBeNull();
  });
});

describe('representative and collapse', () => {
  it('prefers the most precise date, then the highest confidence', () => {
    expect(pickRepresentative([forumMonth, forumDay]).id).toBe('b:3');
    expect(pickRepresentative([forumMonth, event('d:0', { confidence: 0.9 })]).id).toBe('d:0');
  });

  it('collapses loaded rows to one per cluster with the stored source count', () => {
    const cluster = clusterEvents([forumMonth, forumDay])[0]!;
    const membership = membershipOf(cluster);
    const rows = [forumMonth, forumDay, otherForum].map((row) => ({ ...row, ...membership.get(row.id) }));
    const collapsed = collapseClusters(rows);
    expect(collapsed.map((c) => [c.event.id, c.sourceCount])).toEqual([
      ['b:3', 2],
      ['c:1', 1],
    ]);
    // When the representative is outside the loaded window, the best loaded member stands in, still ×2.
    expect(collapseClusters(rows.filter((row) => row.id !== 'b:3')).map((c) => [c.event.id, c.sourceCount])).toEqual([
      ['a:0', 2],
      ['c:1', 1],
    ]);
  });
});

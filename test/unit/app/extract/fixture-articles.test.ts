// Golden tests on original news-style articles in test/fixtures/articles/ (different outlets and event types):
// every *.txt has a *.expected.json with the events the pipeline must give.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const folder = path.resolve(__dirname, '../../../fixtures/articles');
const articles = readdirSync(folder).filter((f) => f.endsWith('.txt'));

interface Golden {
  published: string;
  events: {
    type: string;
    label: string;
    start: string;
    end: string;
    precision: string;
    status: string;
    participants: string[];
    places: string[];
  }[];
}

describe('fixture articles', () => {
  it('has at least three fixtures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles)('%s matches its golden events', (file) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    const golden = JSON.parse(readFileSync(path.join(folder, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Golden;
    const events = extractArticleEvents({ id: file, text, published: golden.published });
    expect(
      events.map((e) => ({
        type: e.type,
        label: e.label,
        start: e.start,
        end: e.end,
        precision: e.precision,
        status: e.status,
        participants: e.participants,
        places: e.places,
      })),
    ).toEqual(golden.events);
    for (const e of events) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

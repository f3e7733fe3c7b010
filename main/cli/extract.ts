// CLI: reads article files through the shared ingest (decoding, HTML to text, title, publication date) and prints
// their events as ONE JSON object on stdout. A file that fails gets "error" instead of "events"; the others go on.
// Usage: npm run --silent extract -- [--dct YYYY-MM-DD] FILE...

import { extractArticleEvents } from '../../app/extract/pipeline';
import type { TimelineEvent } from '../../app/model/event';
import { ingestPath, parseCliArguments } from './cli-input';

/** The printed shape of an event: names as strings, evidence without rule ids, plus provenance extras. */
function printable(event: TimelineEvent): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    label: event.label,
    start: event.start,
    end: event.end,
    precision: event.precision,
    status: event.status,
    participants: event.participants,
    places: event.places,
    confidence: event.confidence,
    evidence: event.evidence.map(({ start, end, text }) => ({ start, end, text })),
    dateValue: event.dateValue,
    dateBasis: event.dateBasis,
    ruleId: event.ruleId,
    mentions: event.mentions,
  };
}

async function extractFile(file: string, dct: string | undefined): Promise<Record<string, unknown>> {
  try {
    const outcome = await ingestPath(file, dct);
    if (!outcome.ok) return { file, error: outcome.error };
    const { article } = outcome;
    const events = extractArticleEvents({ id: article.id, text: article.text, published: article.published, rows: article.rows });
    return {
      file,
      title: article.title,
      published: article.published,
      publishedSource: article.publishedSource,
      ...(outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {}),
      events: events.map(printable),
    };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

const options = parseCliArguments(process.argv.slice(2), 'extract [--dct YYYY-MM-DD] FILE...');
const documents: Record<string, unknown>[] = [];
for (const file of options.files) documents.push(await extractFile(file, options.dct));
process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);

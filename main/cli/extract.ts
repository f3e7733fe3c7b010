// CLI: reads article files through the shared ingest (decoding, HTML to text, title, publication date) and prints
// their events as ONE JSON object on stdout. A file that fails gets "error" instead of "events"; the others go on.
// Usage: npm run --silent extract -- [--dct YYYY-MM-DD] FILE...

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractArticleEvents } from '../../app/extract/pipeline';
import { ingestFile } from '../../app/ingest/ingest';
import type { TimelineEvent } from '../../app/model/event';

interface CliOptions {
  dct?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dct') options.dct = argv[++i];
    else if (arg.startsWith('--dct=')) options.dct = arg.slice('--dct='.length);
    else options.files.push(arg);
  }
  if (options.files.length === 0) {
    console.error('usage: extract [--dct YYYY-MM-DD] FILE...');
    process.exit(2);
  }
  if (options.dct !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.dct)) {
    console.error(`--dct must be YYYY-MM-DD, got "${options.dct}"`);
    process.exit(2);
  }
  return options;
}

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
    const bytes = new Uint8Array(await readFile(file));
    const outcome = await ingestFile({ fileName: basename(file), bytes, publishedOverride: dct });
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

const options = parseArgs(process.argv.slice(2));
const documents: Record<string, unknown>[] = [];
for (const file of options.files) documents.push(await extractFile(file, options.dct));
process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);

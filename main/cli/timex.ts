// CLI: prints the TIMEX3 expressions of an article file as a JSON array, offsets into its decoded text.
// Usage: npm run --silent timex -- [--dct YYYY-MM-DD] FILE
// Without --dct the publication date is the one the ingest finds (metadata, dateline, file name), if any.

import { findTimexes } from '../../app/extract/timex';
import { ingestPath, parseCliArguments } from './cli-input';

const { dct, files } = parseCliArguments(process.argv.slice(2), 'timex [--dct YYYY-MM-DD] FILE', 1);
const outcome = await ingestPath(files[0]!, dct);
if (!outcome.ok) {
  console.error(outcome.error);
  process.exit(1);
}
const timexes = findTimexes(outcome.article.text, outcome.article.published);
console.log(
  JSON.stringify(
    timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    null,
    1,
  ),
);

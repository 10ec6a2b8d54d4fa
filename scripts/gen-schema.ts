// Writes docs/report.schema.json from the zod ReportSchema (the contract), with zod v4's built-in
// z.toJSONSchema. `--check` writes nothing and fails when the committed file is stale (for CI).
//   npm run schema            regenerate
//   npm run schema -- --check verify
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';
import { REPORT_SCHEMA_ID, ReportSchema, SCHEMA_VERSION } from '../src/core/report/schema.js';

export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/report.schema.json');

/**
 * What the CLI's `--format json` writes: an array of these whatever the number of sites (`--format jsonl`: one a line).
 * Said in the description because the schema describes one report, the unit every format and the extension share.
 */
const DESCRIPTION = [
  'One Contact Audit report.',
  "The CLI's --format json writes an array of reports (one per site, also for a single site); --format jsonl writes one report a line.",
  'Objects are open: a minor version only adds fields, so a reader of any 2.x accepts reports with fields it does not know.',
  `Generated from src/core/report/schema.ts (schema version ${SCHEMA_VERSION}) by scripts/gen-schema.ts; do not edit.`,
].join(' ');

/** The JSON Schema text, as committed: stable key order from the zod schema, 2-space indent, final newline. */
export function generateSchema(): string {
  // io 'input': the schema of what a reader accepts. z.object drops keys it does not know when it
  // parses, so its input is open (no additionalProperties: false, which the default 'output' mode
  // writes): a 2.2 reader must accept a 2.3 report, as the versioning promises. The extension's
  // messages between its own parts are another contract (src/messages.ts) and are not written here.
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'input' });
  const doc = {
    $schema: schema.$schema,
    $id: REPORT_SCHEMA_ID,
    title: 'Contact Audit report',
    description: DESCRIPTION,
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** True when the committed text (undefined: the file is missing) differs from what the schema generates. */
export function isStale(committed: string | undefined): boolean {
  return committed !== generateSchema();
}

function main(args: string[]): number {
  const text = generateSchema();
  if (args.includes('--check')) {
    let committed: string | undefined;
    try {
      committed = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (!isStale(committed)) return 0;
    process.stderr.write(`${SCHEMA_PATH} is stale: run \`npm run schema\` and commit the result.\n`);
    return 1;
  }
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, text);
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));

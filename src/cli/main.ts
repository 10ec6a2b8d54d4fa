// The `contact-audit` command's entry point: everything testable lives in run.ts.
import { translator } from '../core/i18n/catalogue.js';
import { EXIT } from './exit-codes.js';
import { cliLanguage } from './lang.js';
import { runCli } from './run.js';

const argv = process.argv.slice(2);
runCli(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`contact-audit: ${translator(cliLanguage(argv, process.env))('cli_error_internal', { message })}\n`);
    process.exitCode = EXIT.internal;
  },
);

// node:util parseArgs refuses a bad command line with messages of its own (several lines, English,
// advice about '--' that confuses more than it helps). Its error code says what kind of mistake it
// was; a second, lenient pass over the same arguments says which argument, and the user reads
// one line in our words (issue #17).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Translate } from '../core/i18n/catalogue.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs's error as our UsageError; anything that is not a parse error is rethrown. */
export function usageErrorFromParse(err: unknown, argv: string[], options: Options, t: Translate): UsageError {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw err;
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = tokens.find((tok) => tok.kind === 'option' && !(tok.name in options));
    if (unknown?.kind === 'option') return new UsageError(t('cli_error_unknown_option', { option: unknown.rawName }));
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const tok of tokens) {
      if (tok.kind !== 'option' || !(tok.name in options)) continue;
      const takesValue = options[tok.name]?.type === 'string';
      // "--format --quiet": strict parsing calls a value that looks like an option ambiguous.
      if (takesValue && (tok.value === undefined || (!tok.inlineValue && tok.value.startsWith('-'))))
        return new UsageError(t('cli_error_needs_value', { option: tok.rawName }));
      if (!takesValue && tok.value !== undefined) return new UsageError(t('cli_error_takes_no_value', { option: tok.rawName }));
    }
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = tokens.find((tok) => tok.kind === 'positional');
    if (extra?.kind === 'positional') return new UsageError(t('cli_error_unexpected_argument', { argument: extra.value }));
  }
  return new UsageError(t('cli_error_bad_arguments'));
}

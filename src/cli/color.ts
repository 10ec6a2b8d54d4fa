// Whether the terminal summary is coloured. The flags win; then NO_COLOR (https://no-color.org:
// set and not empty means no colour) and FORCE_COLOR (the convention of chalk and Node: set means
// colour, unless "0" or "false"); else colour exactly when stdout is a terminal that is not "dumb".
import type { Env } from './lang.js';

export function useColor(flag: boolean | undefined, env: Env, stdoutIsTty: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stdoutIsTty && env.TERM !== 'dumb';
}

// Install a browser from Debian's packages when the tests run as root on Debian (a fresh CI
// machine). The package lists are refreshed first: a fresh machine's lists are stale, and a stale
// list installs old browsers (Chromium 150 and Firefox ESR 140 instead of the current ones).
// Test files run in parallel processes, so installs take a lock and look again once they hold it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const LOCK = '/tmp/contact-audit-apt.lock';

/** Installs `pkg` unless `binary` exists; true when this machine can (root on Debian). */
export function installDebianPackage(pkg: string, binary: string): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) return false;
  const script = `[ -x '${binary}' ] || { apt-get update -qq && apt-get install -y -qq --no-install-recommends '${pkg}'; }`;
  execFileSync('flock', [LOCK, 'sh', '-c', script], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

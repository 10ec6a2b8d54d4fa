import { expect, it } from 'vitest';
import { withLock } from '../../src/background/lock.js';

it('runs jobs on one key one at a time, in order; a failing job does not block the next', async () => {
  const log: string[] = [];
  const job =
    (name: string, ms: number, fail = false) =>
    async () => {
      log.push(`${name}>`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`<${name}`);
      if (fail) throw new Error(name);
      return name;
    };
  const results = await Promise.allSettled([
    withLock('t', job('a', 20)),
    withLock('t', job('b', 1, true)),
    withLock('t', job('c', 1)),
    withLock('other', job('x', 1)),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  expect(log.filter((l) => !l.includes('x'))).toEqual(['a>', '<a', 'b>', '<b', 'c>', '<c']);
  // Another key does not wait for this one.
  expect(log.indexOf('x>')).toBeLessThan(log.indexOf('<a'));
});

// The progress bar never moves backwards: neither when a crawl finds more links than it has read
// (the total grows), nor when a site finishes and leaves the running set, nor across a batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrawlProgress } from '../../src/core/crawl/crawl-types.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import { progressReporter } from '../../src/cli/progress.js';
import { ProgressTally } from '../../src/cli/progress-tally.js';
import { sampleReport } from '../core/report/sample.js';
import { capture } from './support.js';

const p = (pagesFetched: number, queued: number, maxPages = 60, depth = 1): CrawlProgress => ({ pagesFetched, queued, maxPages, depth, url: 'x' });

type Event = { kind: 'start' | 'finish'; site: number } | { kind: 'page'; site: number; fetched: number; queued: number };

const events = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('start' as const), site: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ kind: fc.constant('finish' as const), site: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ kind: fc.constant('page' as const), site: fc.integer({ min: 0, max: 3 }), fetched: fc.nat(80), queued: fc.nat(500) }),
  ),
  { maxLength: 60 },
);

describe('ProgressTally', () => {
  it('a site whose queue grows faster than it reads does not pull the bar back', () => {
    const tally = new ProgressTally(1);
    tally.start('a');
    tally.update('a', p(5, 5));
    expect(tally.fraction()).toBe(0.5);
    tally.update('a', p(6, 50));
    expect(tally.fraction()).toBe(0.5);
    // 56 pages known at most: the estimate does not shrink when the queue does.
    tally.update('a', p(42, 2));
    expect(tally.fraction()).toBe(0.75);
    // Nothing queued, the last pages in flight: not done until the site says so.
    tally.update('a', p(56, 0));
    expect(tally.fraction()).toBe(0.99);
    tally.finish('a');
    expect(tally.fraction()).toBe(1);
    expect(tally.pages()).toBe(56);
  });

  it('a finished site counts whole, so the batch bar does not drop when it leaves', () => {
    const tally = new ProgressTally(2);
    tally.start('a');
    tally.start('b');
    tally.update('a', p(9, 1));
    tally.update('b', p(1, 9));
    const before = tally.fraction();
    tally.finish('a');
    expect(tally.fraction()).toBeGreaterThanOrEqual(before);
    expect(tally.sitesDone).toBe(1);
  });

  it('is monotonic and within 0 to 1 for any order of events', () => {
    fc.assert(
      fc.property(events, (list: Event[]) => {
        const tally = new ProgressTally(4);
        let last = 0;
        for (const e of list) {
          if (e.kind === 'page') tally.update(`s${e.site}`, p(e.fetched, e.queued));
          else if (e.kind === 'start') tally.start(`s${e.site}`);
          else tally.finish(`s${e.site}`);
          const now = tally.fraction();
          expect(now).toBeGreaterThanOrEqual(last);
          expect(now).toBeLessThanOrEqual(1);
          last = now;
        }
      }),
    );
  });
});

describe('progressReporter', () => {
  const t = translator('en');

  it('on a terminal: a bar whose percentage never falls, cleared at the end', () => {
    const err = capture(true);
    const progress = progressReporter(err, { quiet: false, total: 2, t });
    progress.siteStarted('https://a.example/');
    progress.siteStarted('https://b.example/');
    progress.page('https://a.example/', p(3, 3));
    progress.page('https://a.example/', p(4, 40));
    progress.page('https://b.example/', p(1, 1));
    progress.siteDone('https://a.example/', sampleReport());
    progress.page('https://b.example/', p(2, 30));
    progress.siteDone('https://b.example/', sampleReport());
    progress.finish();
    const percents = [...err.text.matchAll(/ (\d+)% · /g)].map((m) => Number(m[1]));
    expect(percents.length).toBeGreaterThan(4);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(err.text).toContain('✓ https://a.example/: overall 12.4 (B), sales 0, support 21; 7 pages\n');
    expect(err.text).toContain('sites 2/2');
    expect(err.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('in a log: one line per site, no bar', () => {
    const err = capture(false);
    const progress = progressReporter(err, { quiet: false, total: 1, t });
    progress.siteStarted('https://a.example/');
    progress.page('https://a.example/', p(3, 3));
    progress.siteFailed('https://a.example/', 'boom\x1b[2J');
    progress.finish();
    expect(err.text).toBe('auditing https://a.example/\n✗ https://a.example/: internal error: boom[U+001B][2J\n');
  });

  it('--quiet: nothing', () => {
    const err = capture(true);
    const progress = progressReporter(err, { quiet: true, total: 1, t });
    progress.siteStarted('https://a.example/');
    progress.siteDone('https://a.example/', sampleReport());
    expect(err.text).toBe('');
  });
});

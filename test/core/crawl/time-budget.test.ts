import { describe, expect, it } from 'vitest';
import { FetchFailure } from '../../../src/core/crawl/crawl-types.js';
import { DeadlineReached, TimeBudget } from '../../../src/core/crawl/time-budget.js';

describe('TimeBudget', () => {
  it('counts down from its start and stops the crawl once past it', () => {
    let now = 1_000;
    const budget = new TimeBudget(500, () => now);
    expect(budget.left()).toBe(500);
    expect(budget.stops()).toBe(false);
    now = 1_499;
    expect(budget.left()).toBe(1);
    expect(budget.usedUp).toBe(false);
    now = 1_500;
    expect(budget.left()).toBe(0);
    expect(budget.stops()).toBe(true);
    expect(budget.usedUp).toBe(true);
  });

  it('has no deadline for 0 or undefined', () => {
    for (const none of [0, undefined]) {
      const budget = new TimeBudget(none);
      expect(budget.left()).toBe(Infinity);
      expect(budget.stops()).toBe(false);
    }
  });

  it('refuses a budget that is not a number of milliseconds', () => {
    expect(() => new TimeBudget(-1)).toThrow(/maxTimeMs must be a number of milliseconds ≥ 0 \(got -1\)/);
    expect(() => new TimeBudget(Number.NaN)).toThrow(/maxTimeMs/);
  });

  it('explains the partial report', () => {
    const budget = new TimeBudget(1_500);
    budget.cutShort = 2;
    expect(budget.reason(7).reason).toBe(
      'time budget used up (1.5 s): the report covers the 7 pages read, 2 requests cut short; pages still to visit were not requested',
    );
  });

  it('stops requests with a failure the crawl can tell from a slow page', () => {
    const err = new DeadlineReached(120_000);
    expect(err).toBeInstanceOf(FetchFailure);
    expect(err.message).toBe("the audit's time budget (120 s) was used up");
  });
});

import { describe, expect, it } from 'vitest';
import { heldToRelease, splitLayer } from '../../../src/core/crawl/layer-budget.js';

const ranked = (signalled: number, without: number) => [
  ...Array.from({ length: signalled }, (_, i) => ({ link: `s${i}`, score: 30 })),
  ...Array.from({ length: without }, (_, i) => ({ link: `z${i}`, score: 0 })),
];

describe('splitLayer', () => {
  it('requests every signalled link, and an even share of the rest of the budget for links without signal', () => {
    // 35 left, 2 signalled: 33 split between this layer and the one below → 16, rounded down to whole rounds of 4 (2 + 14 = 16).
    const { now, held } = splitLayer(ranked(2, 400), { remaining: 35, layersBelow: 1, concurrency: 4 });
    expect(now).toHaveLength(16);
    expect(now.slice(0, 2)).toEqual(['s0', 's1']);
    expect(held).toHaveLength(400 - 14);
  });

  it('gives links without signal one share per layer, this one and each deeper', () => {
    expect(splitLayer(ranked(0, 100), { remaining: 60, layersBelow: 2, concurrency: 1 }).now).toHaveLength(20);
  });

  it('holds nothing in the last layer, nor when every link has a signal', () => {
    expect(splitLayer(ranked(1, 100), { remaining: 10, layersBelow: 0, concurrency: 4 }).held).toEqual([]);
    expect(splitLayer(ranked(50, 0), { remaining: 10, layersBelow: 2, concurrency: 4 }).now).toHaveLength(50);
  });
});

describe('heldToRelease', () => {
  it('releases all held links (within the budget) when no deeper link has a signal', () => {
    expect(heldToRelease({ held: 50, remaining: 20, signalBelow: 0, layersBelow: 2, concurrency: 4 })).toBe(20);
  });

  it('keeps one page per signalled link when only the last layer is left, in whole rounds', () => {
    expect(heldToRelease({ held: 50, remaining: 19, signalBelow: 1, layersBelow: 1, concurrency: 4 })).toBe(16);
    expect(heldToRelease({ held: 5, remaining: 19, signalBelow: 1, layersBelow: 1, concurrency: 1 })).toBe(5);
  });

  it('keeps the reserve when more layers are left below', () => {
    expect(heldToRelease({ held: 50, remaining: 30, signalBelow: 1, layersBelow: 2, concurrency: 4 })).toBe(0);
  });
});

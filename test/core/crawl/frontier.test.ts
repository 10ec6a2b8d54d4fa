import { describe, expect, it } from 'vitest';
import { Frontier, type FrontierItem } from '../../../src/core/crawl/frontier.js';

const item = (url: string, priority: number, depth = 1): FrontierItem => ({ url, depth, priority, parentPath: [], parentPathText: [] });

describe('Frontier', () => {
  it('pops the highest priority first, and equal priorities in the order offered', () => {
    const f = new Frontier();
    f.offer('a', item('a', 1));
    f.offer('b', item('b', 5));
    f.offer('c', item('c', 1));
    f.offer('d', item('d', 5));
    expect(f.drain().map((i) => i.url)).toEqual(['b', 'd', 'a', 'c']);
    expect(f.size).toBe(0);
  });

  it('takes a shorter path for a waiting page, and ignores a longer or equal one', () => {
    const f = new Frontier();
    f.offer('p', item('p', 1, 3));
    f.offer('p', item('p-longer', 9, 4));
    f.offer('p', item('p-equal', 9, 3));
    expect(f.get('p')?.url).toBe('p');
    f.offer('p', item('p-shorter', 7, 2));
    expect(f.size).toBe(1);
    expect(f.drain().map((i) => [i.url, i.depth])).toEqual([['p-shorter', 2]]);
  });

  it('stays ordered through thousands of mixed offers and pops', () => {
    const f = new Frontier();
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const popped: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      f.offer(`k${i}`, item(`k${i}`, Math.floor(rnd() * 100)));
      if (i % 3 === 0) popped.push(f.pop()!.priority);
    }
    const rest = f.drain().map((x) => x.priority);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(popped.length + rest.length).toBe(5_000);
  });
});

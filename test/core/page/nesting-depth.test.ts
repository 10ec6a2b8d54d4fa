import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../src/core/page/nesting-depth.js';

describe('nestsDeeperThan', () => {
  it('counts open levels, not tags: siblings, void and self-closed elements do not nest', () => {
    expect(nestsDeeperThan('<div><div><div>x</div></div></div>', 2)).toBe(true);
    expect(nestsDeeperThan('<div><div><div>x</div></div></div>', 3)).toBe(false);
    expect(nestsDeeperThan('<p>a</p>'.repeat(50), 3)).toBe(false);
    expect(nestsDeeperThan(`<div>${'<br><img src=x><input/>'.repeat(50)}</div>`, 3)).toBe(false);
    expect(nestsDeeperThan(`<div>${'<span/>'.repeat(50)}</div>`, 3)).toBe(false);
  });

  it('finds a page nested thousands deep, and passes a long flat one', () => {
    expect(nestsDeeperThan(`${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`, 3_000)).toBe(true);
    expect(nestsDeeperThan('<li>item</li>'.repeat(10_000), 3_000)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { RequestSlots } from '../../../src/core/crawl/request-slots.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RequestSlots', () => {
  it('never grants more slots than its size', async () => {
    const slots = new RequestSlots(2, () => false);
    const granted: number[] = [];
    for (let i = 0; i < 4; i++) void slots.acquire().then(() => granted.push(i));
    await tick();
    expect(granted).toEqual([0, 1]);
    expect(slots.busy).toBe(2);
    slots.release();
    await tick();
    expect(granted).toEqual([0, 1, 2]);
  });

  it('keeps background requests waiting while pages of the layer wait, and serves pages first', async () => {
    let pagesQueued = 3;
    const slots = new RequestSlots(1, () => pagesQueued > 0);
    const order: string[] = [];
    await slots.acquire();
    void slots.acquire(true).then(() => order.push('sitemap'));
    void slots.acquire().then(() => order.push('page'));
    slots.release();
    await tick();
    expect(order).toEqual(['page']);
    pagesQueued = 0;
    slots.release();
    await tick();
    expect(order).toEqual(['page', 'sitemap']);
  });

  it('hands a free slot to a waiting background request once no page is queued (pump)', async () => {
    let pagesQueued = 1;
    const slots = new RequestSlots(2, () => pagesQueued > 0);
    let sitemap = false;
    void slots.acquire(true).then(() => (sitemap = true));
    await tick();
    expect(sitemap).toBe(false);
    pagesQueued = 0;
    slots.pump();
    await tick();
    expect(sitemap).toBe(true);
  });
});

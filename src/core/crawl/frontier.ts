import type { QueueItem } from './visit-page.js';

/** A page waiting to be requested, with the priority that orders the crawl (link-priority.ts). */
export interface FrontierItem extends QueueItem {
  priority: number;
}

interface Entry {
  key: string;
  item: FrontierItem;
  /** Insertion order: equal priorities keep the order links were met (document order, parents in order). */
  seq: number;
}

/**
 * The pages admitted and not yet requested, best first. A page met again by a shorter path takes
 * that path, and the priority that goes with it ("decrease-key" by a fresh entry; the stale one is
 * skipped when it surfaces). A binary heap: a whole crawl of 10,000 pages pushes and pops
 * hundreds of thousands of links, which a sorted array would copy on every insert.
 */
export class Frontier {
  private heap: Entry[] = [];
  private live = new Map<string, Entry>();
  private seq = 0;

  get size(): number {
    return this.live.size;
  }

  has(key: string): boolean {
    return this.live.has(key);
  }

  get(key: string): FrontierItem | undefined {
    return this.live.get(key)?.item;
  }

  /** Adds the page, or moves a waiting one to this item when it is reached in fewer clicks. */
  offer(key: string, item: FrontierItem): void {
    const waiting = this.live.get(key);
    if (waiting && waiting.item.depth <= item.depth) return;
    const entry = { key, item, seq: this.seq++ };
    this.live.set(key, entry);
    this.heap.push(entry);
    this.up(this.heap.length - 1);
  }

  /** The best waiting page, removed. */
  pop(): FrontierItem | undefined {
    while (this.heap.length) {
      const top = this.heap[0] as Entry;
      const last = this.heap.pop() as Entry;
      if (this.heap.length) {
        this.heap[0] = last;
        this.down(0);
      }
      if (this.live.get(top.key) === top) {
        this.live.delete(top.key);
        return top.item;
      }
    }
    return undefined;
  }

  /** What is left, best first, emptying the frontier (for the report's list of pages not read). */
  drain(): FrontierItem[] {
    const out: FrontierItem[] = [];
    for (let item = this.pop(); item; item = this.pop()) out.push(item);
    return out;
  }

  private before(a: Entry, b: Entry): boolean {
    return a.item.priority > b.item.priority || (a.item.priority === b.item.priority && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i] as Entry, h[parent] as Entry)) return;
      [h[i], h[parent]] = [h[parent] as Entry, h[i] as Entry];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < h.length && this.before(h[l] as Entry, h[best] as Entry)) best = l;
      if (r < h.length && this.before(h[r] as Entry, h[best] as Entry)) best = r;
      if (best === i) return;
      [h[i], h[best]] = [h[best] as Entry, h[i] as Entry];
      i = best;
    }
  }
}

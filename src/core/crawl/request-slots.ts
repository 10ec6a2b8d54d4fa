/**
 * A counting semaphore with two classes of waiters. Page requests are served first; background
 * requests (sitemaps: nothing waits for them until the crawl ends) get a slot only when no page
 * of the running layer is still waiting to be requested, so they use slots a layer leaves idle.
 */
export class RequestSlots {
  private free: number;
  private readonly pages: (() => void)[] = [];
  private readonly background: (() => void)[] = [];

  private readonly size: number;

  constructor(
    size: number,
    /** True while pages of the running layer are waiting to be requested. */
    private readonly pagesWaiting: () => boolean,
  ) {
    this.size = this.free = Math.max(1, size);
  }

  /** Requests holding a slot now. */
  get busy(): number {
    return this.size - this.free;
  }

  acquire(background = false): Promise<void> {
    if (this.free > 0 && !this.pages.length && !(background && this.pagesWaiting())) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((grant) => (background ? this.background : this.pages).push(grant));
  }

  release(): void {
    this.free++;
    this.pump();
  }

  /** Hand free slots to waiters: pages first, background when no page is waiting. Call when pagesWaiting() may have turned false. */
  pump(): void {
    while (this.free > 0) {
      const next = this.pages.shift() ?? (this.pagesWaiting() ? undefined : this.background.shift());
      if (!next) return;
      this.free--;
      next();
    }
  }
}

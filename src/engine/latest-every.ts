// Progress for the popup, at most every so often: each message wakes the worker (a storage write
// and a broadcast) and the popup (a render), processes that share the machine's cores with the
// tab doing the crawl. Only the latest value matters, so the ones in between are dropped.

export interface LatestEvery<T> {
  /** Sends `value` now if the last send was long enough ago, else the latest value when it is. */
  push(value: T): void;
  /** Drops a value still waiting: the run ended (its end message says everything). */
  cancel(): void;
}

export function latestEvery<T>(ms: number, send: (value: T) => void): LatestEvery<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  const flush = (): void => {
    timer = undefined;
    if (!waiting) return;
    last = performance.now();
    const { value } = waiting;
    waiting = undefined;
    send(value);
  };
  return {
    push(value) {
      waiting = { value };
      if (timer) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
    },
  };
}

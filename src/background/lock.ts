// One queue per key, in memory: enough because a worker instance is the only writer of its storage,
// and a restarted worker starts with no queued work.
const chains = new Map<string, Promise<unknown>>();

/**
 * Run read-modify-write steps on one audit one at a time: the engine sends pages up to
 * `concurrency` at once, and two handlers interleaving their awaits would lose a page.
 */
export function withLock<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve();
  const next = previous.then(job, job);
  const settled = next.catch(() => undefined);
  chains.set(key, settled);
  void settled.then(() => {
    if (chains.get(key) === settled) chains.delete(key);
  });
  return next;
}

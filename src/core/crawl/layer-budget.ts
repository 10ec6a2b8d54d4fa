// How a depth layer shares the page budget with the layers below it. Within a layer, links with a
// contact signal always go first; links without one (products, reviews, articles in the main
// region) are what a wide shop or blog has hundreds of, and without a cap they would spend the
// whole budget one layer down and starve About → Company → Corporate contacts two layers further.

/** The rule's thresholds, as data. */
export const LAYER_BUDGET = {
  // Score 1 and up (contact words on the link or in its URL, or a header/nav/footer link) is a contact signal: never capped.
  minSignalScore: 1,
  // Links without signal get this many shares of the budget left after the signalled ones...
  thisLayerShares: 1,
  // ...and each deeper layer as many: an even split, since nothing tells yet which depth holds the contacts.
  deeperLayerShares: 1,
} as const;

export interface LayerSplit<T> {
  /** Requested in this layer: every signalled link, then the capped share of the others. */
  now: T[];
  /** Links without signal held back for the deeper layers; requested at the end of this layer as far as they turn out not to need it (heldToRelease). */
  held: T[];
}

/**
 * How many held links to request after all, at the end of their layer, once its pages show what
 * the deeper layers need: all of them when no page links deeper with a contact signal; when
 * only the last layer is left, all but one page per such link (that layer needs no more for
 * them, and a held link one click up is worth as much as any other link there). With more
 * layers below, none: the pages reached next may reveal more. Rounded down to whole rounds.
 */
export function heldToRelease(opts: { held: number; remaining: number; signalBelow: number; layersBelow: number; concurrency: number }): number {
  if (opts.signalBelow === 0) return Math.min(opts.held, opts.remaining);
  if (opts.layersBelow !== 1) return 0;
  const spare = Math.min(opts.held, opts.remaining - opts.signalBelow);
  const round = Math.max(1, opts.concurrency);
  return Math.max(0, Math.floor(spare / round) * round);
}

/**
 * Split a ranked layer (best first, so the links without signal are its tail). In the last layer
 * nothing is held: no deeper layer needs the budget. Otherwise the links without signal get
 * their share of what is left, rounded down to whole rounds of `concurrency` requests: every
 * page of a layer comes before any of the next, so a part-filled last round costs a full round
 * trip for fewer pages, and the pages cut stay in the budget of the deeper layers.
 */
export function splitLayer<T>(ranked: { link: T; score: number }[], opts: { remaining: number; layersBelow: number; concurrency: number }): LayerSplit<T> {
  const links = ranked.map((r) => r.link);
  const firstWithout = ranked.findIndex((r) => r.score < LAYER_BUDGET.minSignalScore);
  const signalled = firstWithout < 0 ? ranked.length : firstWithout;
  if (opts.layersBelow <= 0 || signalled === ranked.length) return { now: links, held: [] };
  const left = Math.max(0, opts.remaining - signalled);
  const { thisLayerShares: mine, deeperLayerShares: deeper } = LAYER_BUDGET;
  const share = Math.floor((left * mine) / (mine + deeper * opts.layersBelow));
  const round = Math.max(1, opts.concurrency);
  const whole = Math.floor((signalled + share) / round) * round - signalled;
  // Rounding must not hold back the whole share (a small budget, or many signalled links).
  const take = whole > 0 ? whole : share;
  return { now: links.slice(0, signalled + take), held: links.slice(signalled + take) };
}

import { describe, expect, it } from 'vitest';
import type { CrawledPage } from '../../../src/core/crawl/crawl-types.js';
import { LinkGraph } from '../../../src/core/crawl/link-graph.js';
import { exactDepthLimit, shortenPaths } from '../../../src/core/crawl/shortest-paths.js';
import { pageKey } from '../../../src/core/crawl/same-site.js';

const O = 'https://vendor.example';
const page = (path: string, depth: number, links: [string, string][], via: string[], viaText: string[], refresh?: string): CrawledPage => ({
  url: O + path,
  depth,
  path: via.map((p) => O + p),
  pathText: viaText,
  status: 200,
  analysis: {
    url: O + path,
    title: '',
    lang: 'en',
    findings: [],
    links: links.map(([p, text]) => ({ url: O + p, text, region: 'main' })),
    ...(refresh ? { metaRefresh: O + refresh } : {}),
  },
});

/** The graph the crawl would have built from these pages' links. */
function index(pages: CrawledPage[]): LinkGraph {
  const graph = new LinkGraph();
  for (const p of pages) {
    graph.notePage(pageKey(p.url), p);
    const { links, metaRefresh } = p.analysis;
    graph.setLinks(
      p,
      metaRefresh && pageKey(metaRefresh),
      links,
      links.map((l) => pageKey(l.url)),
    );
  }
  return graph;
}

describe('shortenPaths', () => {
  it('gives a page read through a long path the fewest clicks, and the pages below it too', () => {
    const home = page(
      '/',
      0,
      [
        ['/a', 'A'],
        ['/x', 'X'],
      ],
      ['/'],
      [],
    );
    const a = page('/a', 1, [['/b', 'B']], ['/', '/a'], ['A']);
    const b = page('/b', 2, [['/deep', 'Deep']], ['/', '/a', '/b'], ['A', 'B']);
    // Read through A → B first (3 clicks), then found on X (2 clicks); /below came after it.
    const deep = page('/deep', 3, [['/below', 'Below']], ['/', '/a', '/b', '/deep'], ['A', 'B', 'Deep']);
    const below = page('/below', 4, [], ['/', '/a', '/b', '/deep', '/below'], ['A', 'B', 'Deep', 'Below']);
    const x = page('/x', 1, [['/deep', 'Straight there']], ['/', '/x'], ['X']);
    shortenPaths(home, index([home, a, b, deep, below, x]));
    expect(deep).toMatchObject({ depth: 2, path: [`${O}/`, `${O}/x`, `${O}/deep`], pathText: ['X', 'Straight there'] });
    expect(below).toMatchObject({ depth: 3, pathText: ['X', 'Straight there', 'Below'] });
    expect(b.depth).toBe(2);
  });

  it('between parents at the same depth, takes the path through the more contact-like link', () => {
    const home = page(
      '/',
      0,
      [
        ['/products', 'Products'],
        ['/kontakt', 'Kontakt'],
      ],
      ['/'],
      [],
    );
    const products = page('/products', 1, [['/team', 'Our team']], ['/', '/products'], ['Products']);
    const kontakt = page('/kontakt', 1, [['/team', 'Team']], ['/', '/kontakt'], ['Kontakt']);
    const team = page('/team', 2, [], ['/', '/products', '/team'], ['Products', 'Our team']);
    shortenPaths(home, index([home, products, kontakt, team]));
    expect(team.pathText).toEqual(['Kontakt', 'Team']);
  });

  it('a meta refresh costs no click', () => {
    const home = page('/', 0, [], ['/'], [], '/en');
    const en = page('/en', 1, [], ['/', '/en'], ['Home']);
    shortenPaths(home, index([home, en]));
    expect(en.depth).toBe(0);
  });
});

describe('exactDepthLimit', () => {
  it('is one more than the shallowest page left unread, and undefined when none was', () => {
    expect(exactDepthLimit([])).toBeUndefined();
    expect(exactDepthLimit([3, 1, 2])).toBe(2);
    expect(exactDepthLimit(Array.from({ length: 200_000 }, (_, i) => 3 + (i % 2)))).toBe(4);
  });
});

import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestElement, indexDom, matchesHidden, textOf } from '../../../src/core/page/dom.js';
import { HIDDEN_SELECTOR, isHidden } from '../../../src/core/page/hidden.js';
import { parsePage } from '../../../src/core/page/parsed-page.js';
import { hiddenTextBlocks } from '../../../src/core/page/text-blocks.js';

// The shared getters replace `$(selector)` queries: each must give exactly what the query gave.

const SAMPLE = `<!doctype html><html lang="en-GB"><head><title> Acme  Widgets </title>
<meta http-equiv="Content-Language" content="de"><link rel="Canonical" href="/c"><script src="/a.js"></script></head>
<body><header><a href="/">Home</a><a name="anchor">no href</a></header>
<main><p onclick="Intercom('show')">Chat <b>now</b><script>var x = 1;</script></p>
<map><area href="/area" alt="x"></map><a href="javascript:void(0)">js</a>
<div style="DISPLAY: none"><p>Sales <span hidden>deeper</span></p></div>
<div style="display:  none"><p>two spaces <i style="visibility:hidden">inner</i></p></div>
<template><div hidden><p>in template</p></div></template>
<button><span hidden>in button</span></button>
<img src="a.png" alt="A"><img data-src="b.png"><iframe src="https://x.example/f"></iframe>
<form action="/f"><input name="q"></form><span itemprop="telephone">555</span></main></body></html>`;

function fixturePages(dir = 'fixtures'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixturePages(path));
    else if (/\.html?$/i.test(name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/** The outermost hidden elements as text-blocks.ts once found them, with the selector. */
function hiddenRootsBySelector($: cheerio.CheerioAPI): Element[] {
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'option', 'textarea', 'button']);
  return (
    $(HIDDEN_SELECTOR)
      .filter((_, el) => $(el).parent().closest(HIDDEN_SELECTOR).length === 0)
      .toArray() as Element[]
  ).filter((el) => !SKIP.has(el.name.toLowerCase()) && $(el).closest('head').length === 0);
}

describe('ParsedPage shared element index', () => {
  for (const [name, html] of [['sample', SAMPLE], ...fixturePages().map((h, i) => [`fixture ${i}`, h] as const)] as const) {
    it(`matches the cheerio queries it replaces (${name})`, () => {
      const page = parsePage('https://acme.example/', html);
      const $ = page.$;
      expect(page.elements).toEqual($('*').toArray());
      expect(page.links).toEqual($('a[href], area[href]').toArray());
      for (const tag of ['a', 'img', 'script', 'iframe', 'form', 'link', 'meta', 'label', 'address', 'title']) {
        expect(page.byTag(tag), tag).toEqual($(tag).toArray());
      }
      expect(page.byTag('no-such-tag')).toEqual([]);
      const names = new Set<string>();
      for (const el of $('*').toArray() as Element[]) for (const n of Object.keys(el.attribs)) names.add(n);
      expect([...page.attributeNames].sort()).toEqual([...names].sort());
      expect(page.withHandlers).toEqual(
        ($('*').toArray() as Element[]).filter((el) =>
          Object.entries(el.attribs).some(([n, v]) => /^on[a-z]+$/i.test(n) || (n === 'href' && /^\s*javascript:/i.test(v))),
        ),
      );
      expect(indexDom($.root()[0]!).hiddenRoots).toEqual(hiddenRootsBySelector($));
      expect(page.hiddenBlocks.map((b) => b.text)).toEqual(hiddenTextBlocks($).map((b) => b.text));
      expect(page.title).toBe(($('head > title').first().text() || $('title').first().text()).replace(/[\s\u00a0\u200b]+/g, ' ').trim());
    });
  }

  it('reads title and language as before', () => {
    const page = parsePage('https://acme.example/', SAMPLE);
    expect(page.title).toBe('Acme Widgets');
    expect(page.lang).toBe('en');
    expect(parsePage('https://acme.example/', '<html><head><meta http-equiv="content-language" content="fr-BE"></head></html>').lang).toBe('fr');
    expect(parsePage('https://acme.example/', '<html><body><svg><title>icon</title></svg></body></html>').title).toBe('icon');
  });

  it('computes the index once, lazily, and shares it', () => {
    const page = parsePage('https://acme.example/', SAMPLE);
    expect(page.elements).toBe(page.elements);
    expect(page.links).toBe(page.links);
    expect(page.byTag('img')).toBe(page.byTag('img'));
    expect(page.withHandlers.map((el) => el.name)).toEqual(['p', 'a']);
    expect(page.attributeNames.has('itemprop')).toBe(true);
    expect(page.attributeNames.has('data-cfemail')).toBe(false);
  });

  it('walks a very deep tree without overflowing the stack', () => {
    const depth = 20_000;
    const page = parsePage('https://acme.example/', `${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}`);
    expect(page.byTag('span').length).toBeGreaterThan(1000);
  });
});

describe('dom helpers', () => {
  const $ = cheerio.load(SAMPLE);
  it('textOf is cheerio text(), script text and template contents included', () => {
    for (const el of $('*').toArray() as Element[]) expect(textOf(el)).toBe($(el).text());
    expect(textOf($.root()[0]!)).toBe($.root().text());
  });
  it('matchesHidden is the hidden selector on one element; isHidden looks up the ancestors', () => {
    for (const el of $('*').toArray() as Element[]) {
      expect(matchesHidden(el)).toBe($(el).is(HIDDEN_SELECTOR));
      expect(isHidden($, el)).toBe($(el).closest(HIDDEN_SELECTOR).length > 0);
    }
  });
  it('closestElement starts at the element and stops at the document', () => {
    const b = $('b')[0]!;
    expect(closestElement(b, (e) => e.name === 'b')).toBe(b);
    expect(closestElement(b, (e) => e.name === 'main')).toBe($('main')[0]);
    expect(closestElement(b, (e) => e.name === 'form')).toBeUndefined();
  });
});

describe('ParsedPage.jsonLd', () => {
  it('reads each JSON-LD script once: valid ones parsed, broken ones kept with data undefined', async () => {
    const { parsePage } = await import('../../../src/core/page/parsed-page.js');
    const page = parsePage(
      'https://shop.example/',
      '<script type="application/ld+json">{"telephone":"+1 202 555 0143"}</script><script type="application/ld+json">{"a":1,}</script><script>var x = 1</script>',
    );
    expect(page.jsonLd.map((s) => s.data)).toEqual([{ telephone: '+1 202 555 0143' }, undefined]);
    expect(page.jsonLd[1]?.text).toBe('{"a":1,}');
    expect(page.jsonLd).toBe(page.jsonLd);
  });
});

describe('ParsedPage.resolveLink', () => {
  it('resolves against the first <base href>, as a browser does, and only to http(s)', () => {
    const page = parsePage(
      'https://www.acme.test/shop/item',
      '<html><head><base href="https://support.acme.test/hc/"><base href="/ignored/"></head><body></body></html>',
    );
    expect(page.baseUrl).toBe('https://support.acme.test/hc/');
    expect(page.resolveLink('requests/new')?.href).toBe('https://support.acme.test/hc/requests/new');
    expect(page.resolveLink(' /contact ')?.href).toBe('https://support.acme.test/contact');
    expect(page.resolveLink('mailto:sales@acme.test')).toBeUndefined();
    expect(page.resolveLink('http://[bad')).toBeUndefined();
  });

  it('parses each href once for every reader, and a page without <base> resolves against its own URL', () => {
    const page = parsePage('https://www.acme.test/shop/item', '<p>no base</p>');
    expect(page.baseUrl).toBe('https://www.acme.test/shop/item');
    expect(page.resolveLink('../contact')).toBe(page.resolveLink('../contact'));
    expect(page.resolveLink('../contact')?.href).toBe('https://www.acme.test/contact');
  });
});

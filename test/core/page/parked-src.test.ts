import { describe, expect, it } from 'vitest';
import { parkedAttributeNames, parkedSrc as parkedSrcIn } from '../../../src/core/page/parked-src.js';

/** As ParsedPage.loadsFrom reads it: the parked names found among the element's own. */
const parkedSrc = (attribs: Record<string, string>) => parkedSrcIn(attribs, parkedAttributeNames(Object.keys(attribs)));

describe('parkedSrc', () => {
  it('takes src first, then the attribute a consent manager or lazy loader parks the URL in', () => {
    expect(parkedSrc({ src: 'https://a.test/x.js', 'data-src': 'https://b.test/y.js' })).toBe('https://a.test/x.js');
    expect(parkedSrc({ type: 'rocketlazyloadscript', 'data-rocket-src': 'https://a.test/x.js' })).toBe('https://a.test/x.js');
    expect(parkedSrc({ 'data-src-cmplz': 'https://a.test/x.js' })).toBe('https://a.test/x.js');
    expect(parkedSrc({ suppressedsrc: 'https://a.test/x.js' })).toBe('https://a.test/x.js');
  });

  it('prefers the parked URL to a frame held at about:blank, and keeps about:blank when nothing is parked', () => {
    expect(parkedSrc({ src: 'about:blank', 'data-suppressedsrc': 'https://a.test/f' })).toBe('https://a.test/f');
    expect(parkedSrc({ src: 'about:blank' })).toBe('about:blank');
  });

  it("takes iubenda's data: page for the placeholder it is, and only URLs as parked ones", () => {
    expect(parkedSrc({ src: 'data:text/html;base64,PGh0bWw+', suppressedsrc: 'https://a.test/f' })).toBe('https://a.test/f');
    expect(parkedSrc({ 'data-src-type': 'inline' })).toBeUndefined();
  });

  it('reads the parked names in a fixed order, whatever the page uses elsewhere', () => {
    expect(parkedAttributeNames(['data-poster-src', 'id', 'data-src', 'data-srcset'])).toEqual(['data-src', 'data-poster-src']);
  });

  it('stays linear on a hostile attribute name', () => {
    expect(parkedAttributeNames([`data-${'src-'.repeat(20_000)}x.`])).toEqual([]);
  });

  it('reads no srcset, no empty attribute and nothing from an element without a URL', () => {
    expect(parkedSrc({ 'data-srcset': 'https://a.test/x.png 2x' })).toBeUndefined();
    expect(parkedSrc({ 'data-src': '' })).toBeUndefined();
    expect(parkedSrc({ id: 'x' })).toBeUndefined();
  });
});

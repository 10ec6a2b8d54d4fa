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

  it('reads no srcset, no empty attribute and nothing from an element without a URL', () => {
    expect(parkedSrc({ 'data-srcset': 'https://a.test/x.png 2x' })).toBeUndefined();
    expect(parkedSrc({ 'data-src': '' })).toBeUndefined();
    expect(parkedSrc({ id: 'x' })).toBeUndefined();
  });
});

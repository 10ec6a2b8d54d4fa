import { describe, expect, it } from 'vitest';
import { contactKey, mergeFlags } from '../../src/core/finding-key.js';

describe('mergeFlags', () => {
  it('adds up the flags of two sightings', () => {
    expect(mergeFlags(['tel-link'], ['toll-free'])).toEqual(['tel-link', 'toll-free']);
  });
  it("drops 'collapsed' once the contact is also seen openly", () => {
    expect(mergeFlags(['collapsed', 'tel-link'], [])).toEqual(['tel-link']);
    expect(mergeFlags([], ['collapsed'])).toEqual([]);
  });
  it("drops a chatbot's 'bot' once one page says a person takes over from it, and keeps it otherwise", () => {
    expect(mergeFlags(['script', 'bot'], ['script'])).toEqual(['script']);
    expect(mergeFlags(['script', 'bot'], ['iframe', 'bot'])).toEqual(['script', 'bot', 'iframe']);
  });
  it("keeps 'collapsed' when every sighting is in a closed tab", () => {
    expect(mergeFlags(['collapsed'], ['collapsed', 'mobile'])).toEqual(['collapsed', 'mobile']);
  });
});

describe('contactKey', () => {
  it('tells messaging contacts apart by their target, other kinds by value', () => {
    expect(contactKey({ kind: 'messaging', value: 'whatsapp', display: 'wa.me/1' })).not.toBe(
      contactKey({ kind: 'messaging', value: 'whatsapp', display: 'wa.me/2' }),
    );
    expect(contactKey({ kind: 'phone', value: '+1', display: 'a' })).toBe(contactKey({ kind: 'phone', value: '+1', display: 'b' }));
  });
});

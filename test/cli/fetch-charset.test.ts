import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset, headerCharset } from '../../src/cli/fetch-charset.js';
import { sniffBinary } from '../../src/cli/fetch-sniff.js';

const b = (s: string) => Buffer.from(s, 'latin1');

describe('detectCharset', () => {
  it('prefers a BOM, then the header, then <meta>, then UTF-8', () => {
    expect(detectCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=iso-8859-1')).toBe('utf-8');
    expect(detectCharset(b('<meta charset="shift_jis">'), 'text/html; charset=iso-8859-2')).toBe('iso-8859-2');
    expect(detectCharset(b('<meta charset="shift_jis">'), 'text/html')).toBe('shift_jis');
    expect(detectCharset(b('<meta http-equiv="content-type" content="text/html; charset=euc-kr">'), '')).toBe('euc-kr');
    expect(detectCharset(b('<?xml version="1.0" encoding="ISO-8859-15"?><urlset/>'), 'application/xml')).toBe('iso-8859-15');
    expect(detectCharset(b('<p>plain</p>'), 'text/html')).toBe('utf-8');
  });

  it('ignores labels it does not know and a <meta> claiming UTF-16', () => {
    expect(detectCharset(b('<p>x</p>'), 'text/html; charset=klingon')).toBe('utf-8');
    expect(detectCharset(b('<meta charset="utf-16">'), 'text/html')).toBe('utf-8');
    expect(detectCharset(b(`${' '.repeat(3000)}<meta charset="shift_jis">`), 'text/html')).toBe('utf-8');
  });

  it('reads the charset parameter in its spellings', () => {
    expect(headerCharset('text/html; Charset="UTF-8"')).toBe('UTF-8');
    expect(headerCharset('text/html')).toBeUndefined();
  });

  it('decodes windows-1252 punctuation as a browser does', () => {
    expect(decodeBody(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80]), 'text/html; charset=windows-1252')).toBe('“Hi” – €');
  });
});

describe('sniffBinary', () => {
  it('names files by their magic bytes', () => {
    expect(sniffBinary(b('%PDF-1.4'))).toBe('application/pdf');
    expect(sniffBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('application/zip');
    expect(sniffBinary(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffBinary(b('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('treats NUL bytes as binary, except in UTF-16 text', () => {
    const utf16 = Buffer.from('<p>hi</p>', 'utf16le');
    expect(sniffBinary(utf16)).toBe('application/octet-stream');
    expect(sniffBinary(utf16, true)).toBeUndefined();
  });

  it('leaves text alone', () => {
    expect(sniffBinary(b('<!doctype html><p>Kontakt</p>'))).toBeUndefined();
    expect(sniffBinary(Buffer.from('<p>Grüße 日本</p>'))).toBeUndefined();
    expect(sniffBinary(Buffer.alloc(0))).toBeUndefined();
  });
});

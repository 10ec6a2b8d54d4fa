import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../../src/cli/fetch-sniff.js';
import { decodeBody, detectEncoding, headerCharset } from '../../../src/core/page/decode-body.js';

const b = (s: string) => Buffer.from(s, 'latin1');

describe('detectEncoding', () => {
  it('prefers a BOM, then the header, then <meta>, then UTF-8', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=iso-8859-1')).toBe('utf-8');
    expect(detectEncoding(b('<meta charset="shift_jis">'), 'text/html; charset=iso-8859-2')).toBe('iso-8859-2');
    expect(detectEncoding(b('<meta charset="shift_jis">'), 'text/html')).toBe('shift_jis');
    expect(detectEncoding(b('<meta http-equiv="content-type" content="text/html; charset=euc-kr">'), '')).toBe('euc-kr');
    expect(detectEncoding(b('<?xml version="1.0" encoding="ISO-8859-15"?><urlset/>'), 'application/xml')).toBe('iso-8859-15');
    expect(detectEncoding(b('<p>plain</p>'), 'text/html')).toBe('utf-8');
  });

  it('ignores labels it does not know and a <meta> claiming UTF-16', () => {
    expect(detectEncoding(b('<p>x</p>'), 'text/html; charset=klingon')).toBe('utf-8');
    expect(detectEncoding(b('<meta charset="utf-16">'), 'text/html')).toBe('utf-8');
    expect(detectEncoding(b(`${' '.repeat(3000)}<meta charset="shift_jis">`), 'text/html')).toBe('utf-8');
  });

  it('skips a <meta> inside a comment, and reads one after it (the HTML prescan)', () => {
    expect(detectEncoding(b('<!-- <meta charset="shift_jis"> --><meta charset="euc-kr">'), 'text/html')).toBe('euc-kr');
    expect(detectEncoding(b('<!-- old: <meta charset="shift_jis"> --><p>x</p>'), 'text/html')).toBe('utf-8');
    expect(detectEncoding(b('<meta name="x" content="charset=shift_jis">'), 'text/html')).toBe('utf-8');
    expect(detectEncoding(b('<title>charset=shift_jis</title>'), 'text/html')).toBe('utf-8');
  });

  it('decodes UTF-16 by its BOM, and a latin-1 sitemap by its XML declaration', () => {
    expect(decodeBody(Buffer.from([0xff, 0xfe, ...Buffer.from('<p>hé 日本</p>', 'utf16le')]), 'text/html')).toBe('<p>hé 日本</p>');
    expect(decodeBody(Buffer.from([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x70, 0x00, 0x3e]), 'text/html')).toBe('<p>');
    const sitemap = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><urlset><loc>https://a.example/k\xf6ln</loc></urlset>', 'latin1');
    expect(decodeBody(sitemap, 'application/xml')).toContain('/köln<');
    expect(decodeBody(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), 'text/html; charset=Shift_JIS')).toBe('日本');
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

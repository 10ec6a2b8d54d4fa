// Pages in legacy encodings (Shift_JIS, ISO-8859-1, windows-1252), declared by the Content-Type
// header or by <meta>, audited through the Node fetcher: the contacts come out with their
// non-ASCII text right (no mojibake, no U+FFFD), and the JSON export keeps it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../src/core/report/formats/json.js';
import type { Finding, Report } from '../../src/core/report/schema.js';
import { audit, explain } from './support/audit.js';
import { encodeLatin1, encodeShiftJis, encodeWindows1252 } from './support/encode.js';
import { links, page } from './support/pages.js';
import { startServer, type Handler, type HostileServer } from './support/server.js';

const serveBytes =
  (body: Buffer, contentType: string): Handler =>
  (_req, res) =>
    void res.writeHead(200, { 'content-type': contentType }).end(body);

/** A page whose <meta charset> (or http-equiv) is whatever `head` says; no UTF-8 meta from page(). */
function legacyPage(lang: string, head: string, main: string): string {
  return `<!doctype html><html lang="${lang}"><head>${head}<title>Kontakt</title></head><body><main>${main}</main></body></html>`;
}

const PAGES: Record<string, { handler: Handler; declared: string }> = {
  '/impressum-latin1-header': {
    declared: 'ISO-8859-1 in the Content-Type header',
    handler: serveBytes(
      encodeLatin1(
        legacyPage(
          'de',
          '',
          '<h1>Impressum</h1><p>Müller &amp; Söhne GmbH<br>Königstraße 12<br>70173 Stuttgart</p><p>Telefon: 0711 2345678</p><p>E-Mail: vertrieb@mueller-soehne.example</p>',
        ),
      ),
      'text/html; charset=ISO-8859-1',
    ),
  },
  '/impressum-latin1-meta': {
    declared: 'ISO-8859-1 in <meta http-equiv=Content-Type>',
    handler: serveBytes(
      encodeLatin1(
        legacyPage(
          'de',
          '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
          '<h1>Kontakt</h1><p>Bäckerei Größer<br>Schloßstraße 5<br>12163 Berlin</p><p>Telefon: 030 7654321</p>',
        ),
      ),
      'text/html',
    ),
  },
  '/contact-cp1252-meta': {
    declared: 'windows-1252 in <meta charset>',
    handler: serveBytes(
      encodeWindows1252(
        legacyPage(
          'fr',
          '<meta charset="windows-1252">',
          '<h1>Nous contacter</h1><p>Société Générale d’Électricité — 12 rue de l’Église, 75004 Paris</p><p>Téléphone : 01 23 45 67 89 (0,15 € / min)</p>',
        ),
      ),
      'text/html',
    ),
  },
  '/ja-sjis-header': {
    declared: 'Shift_JIS in the Content-Type header',
    handler: serveBytes(
      encodeShiftJis(legacyPage('ja', '', '<h1>お問い合わせ</h1><p>営業部 お電話: 03-1234-5678</p><p>メール: eigyo@kaisha.example</p>')),
      'text/html; charset=Shift_JIS',
    ),
  },
  '/ja-sjis-meta': {
    declared: 'Shift_JIS in <meta charset>',
    handler: serveBytes(
      encodeShiftJis(legacyPage('ja', '<meta charset="Shift_JIS">', '<h1>サポート</h1><p>サポート窓口（平日9時～17時）電話：06-6123-4567</p>')),
      'text/html',
    ),
  },
  '/conflict': {
    declared: 'ISO-8859-1 in the header, UTF-8 in <meta> (the header wins)',
    handler: serveBytes(
      encodeLatin1(legacyPage('de', '<meta charset="utf-8">', '<p>Grüße aus Österreich: Telefon 089 5556677, Maximilianstraße 1, 80539 München</p>')),
      'text/html; charset=iso-8859-1',
    ),
  },
  '/bom': {
    declared: 'a UTF-8 byte-order mark against ISO-8859-1 in the header (the BOM wins)',
    handler: serveBytes(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(legacyPage('de', '', '<p>Büro Düsseldorf: Kö-Bogen, Königsallee 2, 40212 Düsseldorf, Telefon 0211 4445566</p>')),
      ]),
      'text/html; charset=iso-8859-1',
    ),
  },
};

describe('non-UTF-8 pages', () => {
  let site: HostileServer;
  let report: Report;
  const on = (path: string): Finding[] => report.findings.filter((f) => new URL(f.url).pathname === path);

  beforeAll(async () => {
    const routes: Record<string, Handler> = Object.fromEntries(Object.entries(PAGES).map(([p, { handler }]) => [p, handler]));
    routes['/'] = (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({ main: links(Object.keys(PAGES).map((p) => [p, `Kontakt ${p}`])) }));
    site = await startServer({ routes });
    report = await audit(`${site.origin}/`, { maxDepth: 1 });
  });
  afterAll(() => site?.close());

  it('fetches every page without an error', () => {
    expect(report.crawl.errors, explain(report)).toEqual([]);
    expect(report.crawl.pagesFetched).toBe(1 + Object.keys(PAGES).length);
  });

  it('ISO-8859-1 by header: the address "Königstraße 12, 70173 Stuttgart" and its context', () => {
    const address = on('/impressum-latin1-header').find((f) => f.kind === 'address');
    expect(address?.value, explain(report)).toBe('Königstraße 12, 70173 Stuttgart');
    expect(address?.context).toContain('Müller & Söhne GmbH');
    expect(on('/impressum-latin1-header').map((f) => f.value)).toEqual(expect.arrayContaining(['+497112345678', 'vertrieb@mueller-soehne.example']));
  });

  it('ISO-8859-1 by <meta http-equiv>: "Schloßstraße 5, 12163 Berlin"', () => {
    expect(on('/impressum-latin1-meta').find((f) => f.kind === 'address')?.value, explain(report)).toBe('Schloßstraße 5, 12163 Berlin');
    expect(on('/impressum-latin1-meta').find((f) => f.kind === 'phone')?.value).toBe('+49307654321');
  });

  it('windows-1252 by <meta charset>: curly apostrophes and the euro sign survive', () => {
    const found = on('/contact-cp1252-meta');
    expect(found.find((f) => f.kind === 'address')?.value, explain(report)).toBe('12 rue de l’Église, 75004 Paris');
    const phone = found.find((f) => f.kind === 'phone');
    expect(phone?.value).toBe('+33123456789');
    expect(phone?.context).toContain('Téléphone : 01 23 45 67 89 (0,15 € / min)');
  });

  it('Shift_JIS by header: Japanese text around the phone reads right', () => {
    const phone = on('/ja-sjis-header').find((f) => f.kind === 'phone');
    expect(phone?.value, explain(report)).toBe('+81312345678');
    expect(phone?.context).toContain('営業部 お電話: 03-1234-5678');
    expect(on('/ja-sjis-header').find((f) => f.kind === 'email')?.context).toContain('メール');
  });

  it('Shift_JIS by <meta charset>: Japanese text around the phone reads right', () => {
    const phone = on('/ja-sjis-meta').find((f) => f.kind === 'phone');
    expect(phone?.value, explain(report)).toBe('+81661234567');
    expect(phone?.context).toContain('サポート窓口（平日9時～17時）電話：06-6123-4567');
  });

  it('header beats <meta>, and a byte-order mark beats the header', () => {
    expect(on('/conflict').find((f) => f.kind === 'address')?.value, explain(report)).toBe('Maximilianstraße 1, 80539 München');
    expect(on('/bom').find((f) => f.kind === 'address')?.value).toBe('Königsallee 2, 40212 Düsseldorf');
  });

  it('has no mojibake or replacement characters anywhere, and the JSON export keeps the text', () => {
    const text = report.findings.flatMap((f) => [f.value, f.display ?? '', f.context ?? '']).join('\n');
    expect(text).not.toMatch(/\uFFFD|Ã.|â€|ï¿½|[\u0080-\u009f]/);
    const parsed = JSON.parse(formatJson(report)) as Report;
    expect(parsed.findings.map((f) => f.value)).toEqual(expect.arrayContaining(['Königstraße 12, 70173 Stuttgart', '12 rue de l’Église, 75004 Paris']));
  });
});

// The HTML every generated shape is written in: a header with the navigation, a main region and a
// footer, like a real vendor's template. Filler is product prose with prices, SKUs and dates: text a
// contact reader must read past, never a contact itself.

export interface Shell {
  title: string;
  lang?: string;
  header?: string;
  nav?: string;
  main: string;
  footer?: string;
}

export function shell(p: Shell): string {
  return `<!doctype html><html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8"><title>${p.title}</title></head><body>
<header>${p.header ?? ''}<nav>${p.nav ?? ''}</nav></header>
<main><h1>${p.title}</h1>${p.main}</main>
<footer>${p.footer ?? ''}</footer></body></html>`;
}

export const a = (href: string, text: string): string => `<a href="${href}">${text}</a>`;
export const list = (links: [string, string][]): string => `<ul>${links.map(([h, t]) => `<li>${a(h, t)}</li>`).join('')}</ul>`;

const WORDS =
  'durable stainless finish ergonomic handle balanced blade tempered glass oak walnut linen cotton ceramic matte gloss compact cordless brushless rechargeable lightweight heavy duty precision classic modern rustic'.split(
    ' ',
  );

/** Deterministic prose of about `bytes` characters, with prices, SKUs, EANs and dates as traps. */
export function filler(seed: number, bytes: number): string {
  let x = seed * 2654435761;
  const next = (n: number) => ((x = (x * 1103515245 + 12345) >>> 0) % n) as number;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words = Array.from({ length: 12 + next(20) }, () => WORDS[next(WORDS.length)]).join(' ');
    const sku = `SKU ${100000 + next(900000)} · EAN 40${String(1e10 + next(9e9)).slice(0, 11)} · $${(9 + next(500)).toFixed(2)} · 2025-0${1 + next(9)}-1${next(9)}`;
    const p = `<p>${words}. ${sku}.</p>`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

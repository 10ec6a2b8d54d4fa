/**
 * Case- and accent-insensitive form of a text, so word lists can be written once without accents
 * ("telefono" matches "Teléfono"). ß and ø have no decomposition and are kept as written. Turkish
 * dotless ı is read as i: "KAYIT OL" lower-cases to "kayit ol" (String.prototype.toLowerCase is not
 * Turkish-aware), so "Kayıt ol" must fold to the same.
 */
export function fold(text: string): string {
  // ASCII text has nothing to decompose: skip the normaliser (most page text, every URL).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

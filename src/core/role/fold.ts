/**
 * Case- and accent-insensitive form of a text, so word lists can be written once without accents
 * ("telefono" matches "Teléfono"). ß and ø have no decomposition and are kept as written.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

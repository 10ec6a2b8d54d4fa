// Dates and numbers as the reader writes them: Intl, in the report's language. A report's dates
// are UTC instants; they are shown in UTC with the zone named, so a shared report reads the same
// wherever it is opened.
import type { UiLanguage } from './languages.js';

export function formatDateTime(language: UiLanguage, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', timeZoneName: 'short' }).format(date);
}

export function formatDay(language: UiLanguage, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A score or a count: whole numbers as they are, others to one decimal, in the language's digits and separators. */
export function formatNumber(language: UiLanguage, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

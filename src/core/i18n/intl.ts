// Dates and numbers as the reader writes them: Intl, in the report's language. A report's dates
// are UTC instants; they are shown in UTC with the zone named, so a shared report reads the same
// wherever it is opened.
import type { UiLanguage } from './languages.js';

export function formatDateTime(language: UiLanguage, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // dateStyle cannot be combined with timeZoneName (a TypeError), so the parts are named one by one.
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
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

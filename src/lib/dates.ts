/**
 * A calendar date (YYYY-MM-DD) written out for readers in a locale, e.g. "22 November 2026": the
 * day as given, whatever the machine's time zone.
 */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

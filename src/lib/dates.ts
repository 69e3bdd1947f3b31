const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) written out for readers in a locale, e.g. "22 November 2026": the
 * day as given, whatever the machine's time zone.
 */
export function formatDate(isoDate: string, locale: string): string {
  // Making a formatter costs far more than using one: one per locale, for every page of a build.
  let format = formats.get(locale);
  if (!format)
    formats.set(
      locale,
      (format = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "3 years", "3 años", "3 Jahre": a number of days, months or years as Intl writes it in a locale. */
export const duration =
  (locale: string) =>
  (n: number, unit: 'day' | 'month' | 'year'): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);

/**
 * The tag Intl writes a locale's numbers with. Current CLDR (44 and later) writes Arabic without a
 * region in Western digits; older ICUs (WebKitGTK on Debian 12, with ICU 72) in Arabic-Indic ones. A
 * server and a browser must write the same digits, so plain `ar` names today's default. A tag with a
 * region or its own `-u-nu-` is Intl's to read.
 */
export const intlTag = (locale: string): string => (locale === 'ar' ? 'ar-u-nu-latn' : locale);

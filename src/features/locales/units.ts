/** "3 years", "3 años", "3 Jahre": a number of days, months or years as Intl writes it in a locale. */
export const duration =
  (locale: string) =>
  (n: number, unit: 'day' | 'month' | 'year'): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);

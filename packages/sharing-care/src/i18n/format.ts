import { site } from '../config/site.ts';
import { formatDate } from '../lib/dates/format-date.ts';
import { formatNumber } from '../lib/text/format-number.ts';

/** A number as the site's language writes it (`site.locale`): `number(1234)` is "1,234" in British English. */
export function number(value: number): string {
	return formatNumber(value, site.locale);
}

/** A date in the site's language and date format (`site.locale`, `site.dateFormat`): "30 June 2022", "October 2021", "2023". */
export function date(value: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
	return formatDate(value, { locale: site.locale, format: site.dateFormat, precision });
}

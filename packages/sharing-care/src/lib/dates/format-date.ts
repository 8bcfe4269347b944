export interface DateDisplay {
	locale: string;
	format: Intl.DateTimeFormatOptions;
	/** How exact the date is. */
	precision?: 'day' | 'month' | 'year';
}

interface Formatter {
	format: Intl.DateTimeFormat;
	/** What it has written, by time value: a site shows the same few thousand dates on many pages. */
	written: Map<number, string>;
}

/** Formatters by the site's format options (one object for a whole build), then by locale and precision. */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Formatter>>();

/**
 * The `Intl.DateTimeFormat` options that write a date of a site's format to a precision: the format itself for a day,
 * only its month and year, or only its year. Always in UTC. Self-contained: the editor's preview runs it in the browser
 * (src/editor/build-preview-script.ts).
 */
export function dateTimeOptions(format: Intl.DateTimeFormatOptions, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormatOptions {
	const options: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: format.year ?? 'numeric' }
			: precision === 'month'
				? { month: format.month ?? 'long', year: format.year ?? 'numeric' }
				: format;
	return { ...options, timeZone: 'UTC' };
}

/** One formatter per format, locale and precision, reused: creating them is slow and every page shows dates. */
function formatterFor(locale: string, format: Intl.DateTimeFormatOptions, precision: 'day' | 'month' | 'year'): Formatter {
	let byLocale = formatters.get(format);
	if (!byLocale) formatters.set(format, (byLocale = new Map()));
	const key = `${locale}|${precision}`;
	let formatter = byLocale.get(key);
	if (!formatter) {
		formatter = { format: new Intl.DateTimeFormat(locale, dateTimeOptions(format, precision)), written: new Map() };
		byLocale.set(key, formatter);
	}
	return formatter;
}

/**
 * Shows a calendar date to readers: "30 June 2022", "October 2021" or "2023". Always in UTC. The words around a
 * date ("about 2023") come from the strings table (`t.dates`).
 */
export function formatDate(date: Date, { locale, format, precision = 'day' }: DateDisplay): string {
	const formatter = formatterFor(locale, format, precision);
	const time = date.getTime();
	let text = formatter.written.get(time);
	if (text === undefined) {
		text = formatter.format.format(date);
		formatter.written.set(time, text);
	}
	return text;
}

/** The machine-readable form for `<time datetime>`: `2022-06-30`, `2021-10` or `2023`. */
export function toDatetimeAttribute(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
	const iso = date.toISOString().slice(0, 10);
	return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

export interface DateDisplay {
	locale: string;
	format: Intl.DateTimeFormatOptions;
	/** How exact the date is. */
	precision?: 'day' | 'month' | 'year';
	/** Prefix the date with "about". */
	approximate?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and options, reused: creating them is slow and every page shows dates. */
function formatterFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		formatters.set(key, formatter);
	}
	return formatter;
}

/** Shows a calendar date to readers: "30 June 2022", "October 2021" or "about 2023". Always in UTC. */
export function formatDate(date: Date, { locale, format, precision = 'day', approximate = false }: DateDisplay): string {
	const options: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: format.year ?? 'numeric' }
			: precision === 'month'
				? { month: format.month ?? 'long', year: format.year ?? 'numeric' }
				: format;
	const text = formatterFor(locale, options).format(date);
	return approximate ? `about ${text}` : text;
}

/** The machine-readable form for `<time datetime>`: `2022-06-30`, `2021-10` or `2023`. */
export function toDatetimeAttribute(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
	const iso = date.toISOString().slice(0, 10);
	return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

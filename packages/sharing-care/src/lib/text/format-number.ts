/** One formatter per locale, reused: creating them is slow, and a page may show many numbers. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number as a language writes it: `1,234` in `en-GB`, `1.234` in `de-DE`, `1’234` in `de-CH`. */
export function formatNumber(value: number, locale: string): string {
	let formatter = formatters.get(locale);
	if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale)));
	return formatter.format(value);
}

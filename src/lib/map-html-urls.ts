/** A start tag. */
const START_TAG = /<[a-zA-Z][^<>]*>/g;
/** An attribute that holds one address or (`srcset`, `imagesrcset`) a list of them, with its quoted value. */
const URL_ATTRIBUTE = /(\s(href|src|srcset|imagesrcset|poster|cite|action|data)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

/** Applies `map` to each address in a `srcset` list (`/a.png 400w, /b.png 800w`), keeping the descriptors. */
export function mapSrcset(srcset: string, map: (url: string) => string): string {
	return srcset
		.split(',')
		.map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${map(url)}`))
		.join(',');
}

/**
 * Applies `map` to every address in the start tags of an HTML fragment (`href`, `src`, `srcset`, `poster`,
 * `cite`, `action`, `data`), keeping each attribute's quotes. Text between tags is never touched, and an
 * attribute whose address `map` leaves unchanged is left exactly as written.
 */
export function mapHtmlUrls(html: string, map: (url: string) => string): string {
	return html.replace(START_TAG, (tag) =>
		tag.replace(URL_ATTRIBUTE, (whole, prefix: string, name: string, double: string | undefined, single: string | undefined) => {
			const value = double ?? single ?? '';
			const mapped = /srcset$/i.test(name) ? mapSrcset(value, map) : map(value);
			if (mapped === value) return whole;
			const quote = double === undefined ? "'" : '"';
			return `${prefix}${quote}${mapped}${quote}`;
		}),
	);
}

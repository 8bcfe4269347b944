/** One tag of an HTML (or XML) document: a start tag with its attributes, or an end tag. */
export interface Tag {
	/** The element name in lower case: `a`, `link`, `img`. */
	name: string;
	/** True for an end tag (`</picture>`). */
	closing: boolean;
	/** Attribute values with entities decoded; an attribute with no value is `''`. Names in lower case. */
	attributes: Record<string, string>;
	/** The text inside a `<script>` or `<style>` element (on its start tag), exactly as written. */
	text?: string;
}

const RAW_TEXT = /^(script|style)$/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Decodes the character references that appear in attribute values. */
export function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (_, ref: string) => {
		const lower = ref.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
		return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }[lower] ?? '';
	});
}

/**
 * Reads the tags of a built page in document order, skipping comments and the contents of
 * `<script>` and `<style>` (kept as `text` on their start tag). Enough for well-formed generated
 * HTML; html-validate checks that the pages are well formed.
 */
export function readTags(html: string): Tag[] {
	const source = html.replace(/<!--[\s\S]*?-->/g, '');
	const tags: Tag[] = [];
	TAG.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = TAG.exec(source))) {
		const [whole, slash, rawName, rawAttributes] = match;
		const name = rawName!.toLowerCase();
		const attributes: Record<string, string> = {};
		for (const attribute of rawAttributes!.matchAll(ATTRIBUTE)) {
			const key = attribute[1]!.toLowerCase();
			if (!(key in attributes)) attributes[key] = decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
		}
		const tag: Tag = { name, closing: slash === '/', attributes };
		if (!tag.closing && RAW_TEXT.test(name) && !whole.endsWith('/>')) {
			const end = source.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
			const stop = end === -1 ? source.length : end;
			tag.text = source.slice(TAG.lastIndex, stop);
			TAG.lastIndex = stop;
		}
		tags.push(tag);
	}
	return tags;
}

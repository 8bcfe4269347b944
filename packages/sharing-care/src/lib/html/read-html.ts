import { DOCUMENT_NODE, ELEMENT_NODE, parse, TEXT_NODE, type DocumentNode, type ElementNode, type Node } from 'ultrahtml';

/**
 * The elements that hold an address, and the attributes it is written in; `srcset` and `imagesrcset` hold
 * a list of them. Links people follow (`a`, `area`), files a page loads, form targets and quotation sources
 * (`cite`) alike: each caller picks the ones that matter to it.
 */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	area: ['href'],
	link: ['href', 'imagesrcset'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
	form: ['action'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite'],
	ins: ['cite'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
};

/** Whether an attribute holds a list of addresses with their sizes (`srcset`, `imagesrcset`) rather than one. */
export function isUrlList(attribute: string): boolean {
	return /srcset$/i.test(attribute);
}

/** One tag of an HTML (or SVG) document: a start tag with its attributes, or an end tag. */
export interface Tag {
	/** The element name in lower case: `a`, `link`, `img`. */
	name: string;
	/** True for an end tag (`</picture>`). */
	closing: boolean;
	/** Attribute values with character references decoded; an attribute with no value is `''`. Names in lower case. */
	attributes: Record<string, string>;
	/** The text inside a `<script>` or `<style>` element (on its start tag), exactly as written. */
	text?: string;
}

const RAW_TEXT = new Set(['script', 'style']);
const NAMED_REFERENCES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes numeric character references and the named ones generated HTML uses (`&amp;`, `&quot;`, `&nbsp;`…); others stay as written. */
export function decodeHtml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (whole, ref: string) => {
		const lower = ref.toLowerCase();
		if (!lower.startsWith('#')) return NAMED_REFERENCES[lower]!;
		const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
		return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** An attribute as written in a start tag; `start` and `end` bound its value (quotes excluded), absent when it has none. */
interface WrittenAttribute {
	name: string;
	quote: string;
	start?: number;
	end?: number;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/**
 * Reads the attributes of the start tag at `from` in the source, quoted, unquoted or bare, with where each
 * value is written, and where the tag ends. The parser finds the tags; this reads them exactly, including a
 * `>` inside a quoted value.
 */
function readStartTag(html: string, from: number): { attributes: WrittenAttribute[]; end: number } {
	const attributes: WrittenAttribute[] = [];
	let i = from + 1;
	while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
	while (i < html.length) {
		while (isSpace(html[i]) || html[i] === '/') i++;
		if (i >= html.length || html[i] === '>') break;
		const nameStart = i;
		while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && (html[i] !== '=' || i === nameStart)) i++;
		const attribute: WrittenAttribute = { name: html.slice(nameStart, i).toLowerCase(), quote: '' };
		attributes.push(attribute);
		let next = i;
		while (isSpace(html[next])) next++;
		if (html[next] !== '=') continue;
		next++;
		while (isSpace(html[next])) next++;
		const quote = html[next];
		if (quote === '"' || quote === "'") {
			const close = html.indexOf(quote, next + 1);
			attribute.quote = quote;
			attribute.start = next + 1;
			attribute.end = close === -1 ? html.length : close;
			i = close === -1 ? html.length : close + 1;
		} else {
			attribute.start = next;
			while (next < html.length && !isSpace(html[next]) && html[next] !== '>') next++;
			attribute.end = next;
			i = next;
		}
	}
	return { attributes, end: Math.min(i + 1, html.length) };
}

/** The decoded attributes of a start tag, by lower-case name; the first of a repeated name wins. */
function attributesOf(html: string, written: readonly WrittenAttribute[]): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const attribute of written) {
		if (attribute.name in attributes) continue;
		attributes[attribute.name] = attribute.start === undefined ? '' : decodeHtml(html.slice(attribute.start, attribute.end));
	}
	return attributes;
}

/**
 * The parser fails on an end tag that comes before any other tag, as in a fragment of HTML written inside
 * Markdown (`</a>`); an empty comment in front avoids that, and is taken out again with its length.
 */
const LEAD = '<!---->';

/** Parses HTML into ultrahtml's tree, with positions in `html`. */
function parseHtml(html: string): DocumentNode {
	const document = parse(LEAD + html) as DocumentNode;
	document.children.shift();
	const shifted = new Set<object>();
	const shift = (node: Node) => {
		for (const location of node.loc ?? []) {
			if (shifted.has(location)) continue;
			shifted.add(location);
			location.start -= LEAD.length;
			location.end -= LEAD.length;
		}
		if (node.type === ELEMENT_NODE || node.type === DOCUMENT_NODE) node.children.forEach(shift);
	};
	shift(document);
	return document;
}

/** Calls `visit` on every element in document order. */
function eachElement(node: Node, visit: (element: ElementNode) => void): void {
	if (node.type === ELEMENT_NODE) visit(node);
	if (node.type === ELEMENT_NODE || node.type === DOCUMENT_NODE) for (const child of node.children) eachElement(child, visit);
}

/**
 * Reads the tags of a page in document order: each start tag, and the end tag of each element closed in the
 * source. Comments are skipped; the contents of `<script>` and `<style>` are kept as `text` on their start tag.
 */
export function readTags(html: string): Tag[] {
	const tags: Tag[] = [];
	const visit = (node: Node) => {
		if (node.type === DOCUMENT_NODE) for (const child of node.children) visit(child);
		if (node.type !== ELEMENT_NODE) return;
		const name = node.name.toLowerCase();
		const start = readStartTag(html, node.loc[0].start);
		const tag: Tag = { name, closing: false, attributes: attributesOf(html, start.attributes) };
		tags.push(tag);
		const closed = node.loc[1] !== undefined && node.loc[1] !== node.loc[0];
		if (RAW_TEXT.has(name) && !node.isSelfClosingTag) tag.text = html.slice(start.end, closed ? node.loc[1].start : html.length);
		else for (const child of node.children) visit(child);
		if (closed) tags.push({ name, closing: true, attributes: {} });
	};
	visit(parseHtml(html));
	return tags;
}

/** Block-level elements: where one ends and another begins, the words on either side are separate. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'nav', 'main', 'tr', 'td', 'th', 'dt', 'dd', 'dl', 'br', 'figure', 'figcaption', 'table', 'thead', 'tbody']);
const HIDDEN = new Set(['script', 'style', 'template']);

/** The text a page shows: tags, comments, scripts and styles dropped, block edges read as spaces, references decoded, whitespace folded. */
export function readText(html: string): string {
	let text = '';
	const visit = (node: Node) => {
		if (node.type === TEXT_NODE) text += decodeHtml(node.value);
		if (node.type === DOCUMENT_NODE) for (const child of node.children) visit(child);
		if (node.type !== ELEMENT_NODE) return;
		const name = node.name.toLowerCase();
		if (HIDDEN.has(name)) return;
		const block = BLOCKS.has(name);
		if (block) text += ' ';
		for (const child of node.children) visit(child);
		if (block) text += ' ';
	};
	visit(parseHtml(html));
	return text.replace(/\s+/g, ' ').trim();
}

/** Applies `map` to each address in a `srcset` list (`/a.png 400w, /b.png 800w`), keeping the descriptors. */
export function mapSrcset(srcset: string, map: (url: string) => string): string {
	return srcset
		.split(',')
		.map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${map(url)}`))
		.join(',');
}

/** The addresses in one list attribute (`srcset`), without their sizes. */
export function splitUrlList(value: string): string[] {
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** Every address a tag holds (see URL_ATTRIBUTES), one per candidate of a `srcset`, with the attribute it is in. */
export function readUrls(tag: Tag): { attribute: string; url: string }[] {
	if (tag.closing) return [];
	return (URL_ATTRIBUTES[tag.name] ?? []).flatMap((attribute) => {
		const value = tag.attributes[attribute];
		if (value === undefined) return [];
		return (isUrlList(attribute) ? splitUrlList(value) : [value]).map((url) => ({ attribute, url }));
	});
}

/**
 * Applies `map` to every address in the tags of an HTML fragment (the attributes in URL_ATTRIBUTES), with
 * character references decoded before and written back after. Text, comments, scripts and every attribute
 * whose address `map` leaves unchanged stay exactly as written; a changed value keeps its quotes.
 */
export function mapHtmlUrls(html: string, map: (url: string) => string): string {
	let out = '';
	let copied = 0;
	eachElement(parseHtml(html), (element) => {
		const names = URL_ATTRIBUTES[element.name.toLowerCase()];
		if (!names) return;
		for (const attribute of readStartTag(html, element.loc[0].start).attributes) {
			if (!names.includes(attribute.name) || attribute.start === undefined) continue;
			const value = decodeHtml(html.slice(attribute.start, attribute.end));
			const mapped = isUrlList(attribute.name) ? mapSrcset(value, map) : map(value);
			if (mapped === value) continue;
			const quote = attribute.quote || '"';
			const escaped = mapped.replace(/&/g, '&amp;').replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
			out += html.slice(copied, attribute.start) + (attribute.quote ? escaped : `"${escaped}"`);
			copied = attribute.end!;
		}
	});
	return out + html.slice(copied);
}

/** One element as `addAttributes` shows it: its name in lower case, its decoded attributes and the text it shows. */
export interface ElementSummary {
	name: string;
	attributes: Record<string, string>;
	text: string;
}

/**
 * Adds attributes to elements of an HTML fragment: `add` sees each element in document order (or only those named
 * in `names`, lower case) and returns the attributes to add to its start tag (values are escaped here), or nothing.
 * Everything else stays as written. Naming the elements matters on long pages: reading each element's text costs
 * as much as the text inside it.
 */
export function addAttributes(html: string, add: (element: ElementSummary) => Record<string, string> | undefined, names?: readonly string[]): string {
	let out = '';
	let copied = 0;
	eachElement(parseHtml(html), (element) => {
		if (names && !names.includes(element.name.toLowerCase())) return;
		const start = readStartTag(html, element.loc[0].start);
		const closed = element.loc[1] !== undefined && element.loc[1] !== element.loc[0];
		const text = readText(html.slice(start.end, closed ? element.loc[1]!.start : start.end));
		const added = add({ name: element.name.toLowerCase(), attributes: attributesOf(html, start.attributes), text });
		if (!added || Object.keys(added).length === 0) return;
		const written = Object.entries(added)
			.map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
			.join('');
		// Before the `/` of `<br/>`, unless it ends an unquoted value (`<a href=/blog/>`).
		const last = start.attributes.at(-1);
		const slashIsValue = last?.start !== undefined && !last.quote && last.end === start.end - 1;
		const at = html[start.end - 2] === '/' && !slashIsValue ? start.end - 2 : start.end - 1;
		out += html.slice(copied, at) + written;
		copied = at;
	});
	return out + html.slice(copied);
}

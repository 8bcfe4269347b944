import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';

/** One element for a page's head, by its name and attributes (`true` for an attribute written bare). */
export interface HeadElement {
	tagName: 'link' | 'meta';
	attributes: Readonly<Record<string, string | true>>;
}

/** An attribute value as HTML writes it inside double quotes. */
const quoted = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An empty element (`link`, `meta`) written as HTML. */
function writeElement({ tagName, attributes }: HeadElement): string {
	const written = Object.entries(attributes).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${quoted(value)}"`));
	return `<${tagName}${written.join('')}>`;
}

/**
 * A whole page's HTML with `elements` added at the end of its head, just before `</head>`, and every other byte as
 * it was. The head's end is found by parsing the page; a page whose head has no written end tag is refused, as
 * one the build did not write.
 */
export function addToHead(html: string, elements: readonly HeadElement[]): string {
	const head = select('head', fromHtml(html));
	const end = head?.position?.end.offset;
	const tagStart = end === undefined ? -1 : end - '</head>'.length;
	if (end === undefined || html.slice(tagStart, end).toLowerCase() !== '</head>') throw new Error('The page has no </head> to add elements before');
	return `${html.slice(0, tagStart)}${elements.map(writeElement).join('')}${html.slice(tagStart)}`;
}

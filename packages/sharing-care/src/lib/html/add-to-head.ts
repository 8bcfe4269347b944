import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { writeAttributes } from './read-html.ts';

/** One element for a page's head, by its name and attributes (`true` for an attribute written bare). */
export interface HeadElement {
	tagName: 'link' | 'meta';
	attributes: Readonly<Record<string, string | true>>;
}

/**
 * A whole page's HTML with `elements` added at the end of its head, just before `</head>`, and every other byte as
 * it was. The head's end tag is found by parsing the page; a page whose head has no written end tag is refused, as
 * one the build did not write.
 */
export function addToHead(html: string, elements: readonly HeadElement[]): string {
	const at = select('head', fromHtml(html, { verbose: true }))?.data?.position?.closing?.start.offset;
	if (at === undefined) throw new Error('The page has no </head> to add elements before');
	return `${html.slice(0, at)}${elements.map(({ tagName, attributes }) => `<${tagName}${writeAttributes(attributes)}>`).join('')}${html.slice(at)}`;
}

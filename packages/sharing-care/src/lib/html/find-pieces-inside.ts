import type { Nodes } from 'hast';
import { parseFragment } from './read-html.ts';

/** The element that stands in for each piece that is not HTML while the pieces are parsed together. */
const MARKER = 'sharing-care-piece';

/**
 * Which of a run of pieces sit inside one of the named elements, where some pieces are HTML written in pieces
 * (`<a href="/x">`, then text, then `</a>`, as Markdown keeps HTML written inside a paragraph) and the others are
 * what came between them. Each piece that is not HTML (`isHtml` false) is put back as a marker element, the whole
 * run is parsed once as a browser would, and a marker inside a named element (or one the parser took into text, as
 * inside a `<textarea>`) counts as inside. Returns the indexes of those pieces.
 */
export function findPiecesInside(pieces: readonly { html: string; isHtml: boolean }[], names: ReadonlySet<string>): Set<number> {
	const html = pieces.map((piece, index) => (piece.isHtml ? piece.html : `<${MARKER} data-index="${index}"></${MARKER}>`)).join('');
	const outside = new Set<number>();
	const found = new Set<number>();
	const walk = (node: Nodes, inside: boolean) => {
		if (node.type === 'element' && node.tagName === MARKER) {
			const index = Number(node.properties.dataIndex);
			found.add(index);
			if (!inside) outside.add(index);
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child, inside || (node.type === 'element' && names.has(node.tagName)));
		if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content, true);
	};
	walk(parseFragment(html), false);
	const inside = new Set<number>();
	pieces.forEach((piece, index) => {
		if (!piece.isHtml && (!found.has(index) || !outside.has(index))) inside.add(index);
	});
	return inside;
}

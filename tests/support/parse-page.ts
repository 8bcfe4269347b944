import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { attributesOf, rawText, textOf } from '../../packages/sharing-care/src/lib/html/read-html.ts';

/** A page (or any HTML: a feed item's content) parsed as a browser parses it, read with CSS selectors. */
export interface ParsedPage {
	/** The parsed tree (hast), with each node's position in the HTML it came from. */
	root: Root;
	/**
	 * The first element that matches `selector`, in document order, inside `within` (which may match itself), or in
	 * the whole page when no `within` is given; undefined when none does, or when `within` is given as undefined.
	 */
	select(selector: string, within?: Nodes): Element | undefined;
	/** Every element that matches `selector`, in document order, inside `within` or the whole page, as `select()` reads them. */
	selectAll(selector: string, within?: Nodes): Element[];
	/**
	 * The text a reader sees, whitespace folded to single spaces: of the whole page (no argument), of a node, or of the
	 * first element a selector matches (an error when none does, or when the node is given as undefined). What a
	 * browser does not show is left out: the head, scripts, styles, templates, `<noscript>` and `hidden` elements.
	 * Blocks, list items and line breaks are separated by a space; inline elements are not. `without`: a selector
	 * whose elements are left out too.
	 */
	text(target?: string | Nodes, without?: string): string;
	/**
	 * An attribute as written in the HTML (`class`, `aria-current`, `data-pagefind-meta`), decoded, of an element
	 * or of the first element a selector matches (an error when none does); undefined when the element has none.
	 */
	attr(target: string | Element, name: string): string | undefined;
	/**
	 * Every attribute of an element, by its name in the HTML in lower case (SVG's `viewbox`, `stroke-width`), with its
	 * decoded value (`''` for one with none): the kit's `attributesOf`.
	 */
	attributes(element: Element): Record<string, string>;
	/** The page's structured data: each `<script type="application/ld+json">`, parsed, in document order. */
	jsonLd(): Record<string, unknown>[];
}

/**
 * How much HTML (in characters) the pages kept for reuse may stand for: the test files of one worker read the same few
 * hundred built pages (about 5 MB) again and again, so each is parsed once and shared. A tree takes about 13 times the
 * memory of its HTML.
 */
export const KEPT_HTML_BUDGET = 16 * 1024 * 1024;

/** The pages parsed so far, by the HTML each was parsed from, least recently read first. */
const kept = new Map<string, ParsedPage>();
/** How much HTML the pages in `kept` were parsed from. */
let keptHtml = 0;

/**
 * Parses HTML with `hast-util-from-html` (parse5: the HTML standard's parser) into a ParsedPage. The same HTML gives
 * the same ParsedPage, parsed once (up to KEPT_HTML_BUDGET), so its tree is shared by every test that reads it: read
 * it, never change it.
 */
export function parsePage(html: string): ParsedPage {
	const known = kept.get(html);
	if (known) {
		kept.delete(html);
		kept.set(html, known);
		return known;
	}
	const page = readPage(html);
	kept.set(html, page);
	keptHtml += html.length;
	for (const [oldest] of kept) {
		if (keptHtml <= KEPT_HTML_BUDGET) break;
		kept.delete(oldest);
		keptHtml -= oldest.length;
	}
	return page;
}

/** A ParsedPage of `html`, parsed now. */
function readPage(html: string): ParsedPage {
	const root = fromHtml(html);
	const page: ParsedPage = {
		root,
		// `within` given as undefined (an element a test did not find) selects nothing, rather than the whole page.
		select: (selector, ...within: [Nodes?]) => select(selector, within.length ? within[0] : root),
		selectAll: (selector, ...within: [Nodes?]) => selectAll(selector, within.length ? within[0] : root),
		text: (...given: [target?: string | Nodes, without?: string]) => {
			const [target, without] = given;
			if (given.length > 0 && target === undefined) throw new Error('No element to read the text of (was it found?)');
			const node = target === undefined ? root : typeof target === 'string' ? required(page, target) : target;
			return textOf(without === undefined ? node : pruned(node, new Set(selectAll(without, node))));
		},
		attr: (target, name) => page.attributes(typeof target === 'string' ? required(page, target) : target)[name],
		attributes: attributesOf,
		jsonLd: () => page.selectAll('script[type="application/ld+json"]').map((script) => JSON.parse(rawText(script)) as Record<string, unknown>),
	};
	return page;
}

/** The first element a selector matches, or an error that names the selector. */
function required(page: ParsedPage, selector: string): Element {
	const element = page.select(selector);
	if (!element) throw new Error(`No element on the page matches ${selector}`);
	return element;
}

/** A copy of a tree without the given elements (the nodes themselves are shared, not copied). */
function pruned<Node extends Nodes>(node: Node, leftOut: ReadonlySet<Nodes>): Node {
	if (!('children' in node)) return node;
	return { ...node, children: node.children.filter((child) => !leftOut.has(child)).map((child) => pruned(child, leftOut)) };
}

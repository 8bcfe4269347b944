import type { Element, Nodes, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { parseSharedHtml } from '../../packages/sharing-care/src/cli/read-built-page.ts';
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

/** The ParsedPage of each shared tree, so the same HTML gives the same ParsedPage too. */
const pages = new WeakMap<Root, ParsedPage>();

/**
 * Parses HTML with `hast-util-from-html` (parse5: the HTML standard's parser) into a ParsedPage. The test files of
 * one worker read the same few hundred built pages again and again, so the same HTML gives the same ParsedPage, its
 * tree parsed once and shared by every test that reads it (the kit's parseSharedHtml): read it, never change it.
 */
export function parsePage(html: string): ParsedPage {
	const root = parseSharedHtml(html);
	let page = pages.get(root);
	if (!page) {
		page = readPage(root);
		pages.set(root, page);
	}
	return page;
}

/** A ParsedPage of a parsed tree. */
function readPage(root: Root): ParsedPage {
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

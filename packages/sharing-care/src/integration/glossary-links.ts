import type { ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { findPiecesInside } from '../lib/html/find-pieces-inside.ts';
import { compileTerms, findTermUses, type TermForms } from '../lib/text/find-term-uses.ts';
import { joinBase } from '../lib/urls/join-base.ts';

/** A glossary term as its links need it: its id, the forms that link to it, and its definition. */
export interface LinkedTerm extends TermForms {
	definition: string;
}

/** Elements whose words never link to the glossary: links, headings, code, and controls a reader presses or types in. */
export const NO_TERM_LINKS_INSIDE: ReadonlySet<string> = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'kbd',
	'samp',
	'var',
	'script',
	'style',
	'svg',
	'math',
	'button',
	'label',
	'select',
	'option',
	'textarea',
	'summary',
	'template',
]);

/** The class of a link to the glossary, which styles it apart from other links. */
export const GLOSSARY_LINK_CLASS = 'glossary-term';

/** The address of a term on the glossary page, under the base path. */
export const glossaryTermPath = (base: string, id: string) => joinBase(base, `glossary/#${id}`);

/** A node of the HTML tree as the walk reads it: what it is, and what it holds. */
interface TreeNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	children?: readonly TreeNode[];
}

/** Whether no term inside this node may link: one of NO_TERM_LINKS_INSIDE, or an MDX component, which places its children as it likes. */
function blocksLinks(node: TreeNode): boolean {
	if (node.type === 'element') return NO_TERM_LINKS_INSIDE.has(node.tagName ?? '');
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
		return Boolean(node.name && (NO_TERM_LINKS_INSIDE.has(node.name) || !/^[a-z][a-z0-9-]*$/.test(node.name)));
	return false;
}

/** What a Markdown or MDX file's render knows of it: Astro hands the entry's frontmatter, as written, to the plugins. */
interface RenderData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * The terms an entry says not to link (`glossaryUnlinked`, src/schemas/base.ts): ids as written, or as references
 * once read. None when the entry lists none.
 */
function unlinkedTerms(data: RenderData): ReadonlySet<string> {
	const listed = data.astro?.frontmatter?.glossaryUnlinked;
	if (!Array.isArray(listed)) return new Set();
	const ids = listed.map((item: unknown) =>
		typeof item === 'string' ? item : item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined,
	);
	return new Set(ids.filter((id) => id !== undefined));
}

/**
 * A Sätteri HTML-tree plugin for Markdown and MDX entries: the first use of each glossary term in an entry (its term
 * or one of its other forms, as whole words) becomes a link to its definition on the glossary page, with the definition
 * as the link's title. Words inside links, headings and code never link, whether written in Markdown, HTML or MDX,
 * and nor does a term the entry lists under `glossaryUnlinked` (read from its frontmatter), because it uses the word
 * in its own sense. The words themselves are left exactly as written. Returns no plugin when the glossary has no terms.
 */
export function glossaryLinks(terms: readonly LinkedTerm[], base: string): HastPluginDefinition | false {
	if (terms.length === 0) return false;
	const finder = compileTerms(terms);
	const definitions = new Map(terms.map((term) => [term.id, term.definition]));
	const plugin: HastPluginDefinition & { glossary: readonly LinkedTerm[] } = {
		name: 'sharing-care:glossary-links',
		// Astro keeps rendered entries between builds until its config changes: carrying the terms here makes a change
		// to the glossary a change to the config, so every entry is rendered again with the new links.
		glossary: terms,
		// The whole entry is read at once, in order, so that only the first use of each term links.
		before(root, ctx) {
			// A term the entry uses in its own sense counts as linked already, so none of its uses links.
			const linked = new Set(unlinkedTerms(ctx.data as RenderData));
			// The terms the entry uses anywhere, read in one call: the walk below, which reads the tree node by node (each
			// one fetched from the Markdown processor), stops as soon as each of them is linked, and is skipped when
			// there are none.
			const text = ctx.textContent(root as never);
			const found = findTermUses(text, finder).filter((use) => !linked.has(use.id));
			const unlinked = new Set(found.map((use) => use.id));
			if (unlinked.size === 0) return;
			// The words each term not yet linked is written as in this entry, in lower case: a piece of text holding none
			// of them is not searched again (most pieces hold none, and a search costs as much as the terms are many).
			const written = new Map<string, Set<string>>();
			for (const use of found) written.set(use.id, (written.get(use.id) ?? new Set()).add(text.slice(use.start, use.end).toLowerCase()));
			const link = (node: Text) => {
				const lower = node.value.toLowerCase();
				if (![...unlinked].some((id) => [...written.get(id)!].some((words) => lower.includes(words)))) return;
				const uses = findTermUses(node.value, finder).filter((use) => {
					if (linked.has(use.id)) return false;
					linked.add(use.id);
					unlinked.delete(use.id);
					return true;
				});
				if (uses.length === 0) return;
				const parts: ElementContent[] = [];
				let at = 0;
				for (const { id, start, end } of uses) {
					if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
					const properties = { href: glossaryTermPath(base, id), className: [GLOSSARY_LINK_CLASS], title: definitions.get(id) };
					parts.push({ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: node.value.slice(start, end) }] });
					at = end;
				}
				if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
				ctx.replaceNode(node, parts);
			};
			const walk = (parent: TreeNode, blocked: boolean) => {
				const children = parent.children ?? [];
				// HTML written inside a paragraph comes as pieces with the text between them: `<a href="…">`, text, `</a>`.
				const insideHtml = children.some((child) => child.type === 'raw')
					? findPiecesInside(
							children.map((child) => ({ html: child.value ?? '', isHtml: child.type === 'raw' })),
							NO_TERM_LINKS_INSIDE,
						)
					: new Set<number>();
				children.forEach((child, index) => {
					if (unlinked.size === 0 || child.type === 'raw') return;
					if (child.type === 'text') {
						if (!blocked && !insideHtml.has(index)) link(child as unknown as Text);
					} else if (child.children) walk(child, blocked || insideHtml.has(index) || blocksLinks(child));
				});
			};
			walk(root as unknown as TreeNode, false);
		},
	};
	return plugin;
}

import type { ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { findPiecesInside } from '../lib/html/find-pieces-inside.ts';
import { compileTerms, findTermUses, type TermForms, type TermUse } from '../lib/text/find-term-uses.ts';
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
	[ENTRY_TERMS]?: EntryTerms;
}

/** Where, in a render's data, the plugin keeps what it knows of the entry it is linking. */
const ENTRY_TERMS = 'sharingCareGlossaryTerms';

/** One entry as its text nodes are linked: its whole text, the uses of terms in it, and how far the nodes have read. */
interface EntryTerms {
	/** The entry's text, every text node's text end to end. */
	text: string;
	/** The uses of terms in `text`, in order, but for the terms the entry says not to link. */
	uses: readonly TermUse[];
	/** The first use not yet passed by the nodes. */
	next: number;
	/** Where in `text` the next node starts. */
	read: number;
	/** Where the furthest-reaching use passed so far ends: past `read` when it goes on into the next node. */
	crossing: number;
	/** The terms linked so far, and those the entry says not to link. */
	linked: Set<string>;
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
	/**
	 * Whether a node sits where no term may link: inside one of NO_TERM_LINKS_INSIDE, an MDX component, or an element
	 * written in HTML pieces around it. What is worked out for a parent is kept for its other children, as the Markdown
	 * processor gives the same parent as the same object within a pass.
	 */
	const blockedParents = new WeakMap<TreeNode, boolean>();
	const piecesInside = new WeakMap<TreeNode, ReadonlySet<number>>();
	/** The parents with HTML written in pieces among their children, as the pieces come (the raw visitor below). */
	const holdingHtml = new WeakSet<TreeNode>();
	const isBlocked = (node: TreeNode, ctx: HastVisitorContext): boolean => {
		const parent = ctx.parent(node as never) as TreeNode | undefined;
		if (!parent) return false;
		let blocked = blockedParents.get(parent);
		if (blocked === undefined) {
			blocked = blocksLinks(parent) || isBlocked(parent, ctx);
			blockedParents.set(parent, blocked);
		}
		if (blocked) return true;
		// HTML written inside a paragraph comes as pieces with the text between them: `<a href="…">`, text, `</a>`.
		// Only an HTML piece before a node can open an element around it, so a parent with none yet has none around it.
		if (!holdingHtml.has(parent)) return false;
		let inside = piecesInside.get(parent);
		if (!inside) {
			const pieces = (parent.children ?? []).map((sibling) => ({ html: sibling.value ?? '', isHtml: sibling.type === 'raw' }));
			inside = findPiecesInside(pieces, NO_TERM_LINKS_INSIDE);
			piecesInside.set(parent, inside);
		}
		return inside.has(ctx.indexOf(node as never)!);
	};
	/** The links for the uses of terms in one text node, with the text around them kept as written. */
	const linkUses = (value: string, uses: readonly TermUse[], offset: number): ElementContent[] => {
		const parts: ElementContent[] = [];
		let at = 0;
		for (const { id, start, end } of uses) {
			if (start - offset > at) parts.push({ type: 'text', value: value.slice(at, start - offset) });
			const properties = { href: glossaryTermPath(base, id), className: [GLOSSARY_LINK_CLASS], title: definitions.get(id) };
			parts.push({ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: value.slice(start - offset, end - offset) }] });
			at = end - offset;
		}
		if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
		return parts;
	};
	const plugin: HastPluginDefinition & { glossary: readonly LinkedTerm[] } = {
		name: 'sharing-care:glossary-links',
		// Astro keeps rendered entries between builds until its config changes: carrying the terms here makes a change
		// to the glossary a change to the config, so every entry is rendered again with the new links.
		glossary: terms,
		// The whole entry's text is searched once, before its text nodes are visited in order, so that only the first use of each term links.
		before(root, ctx) {
			// A term the entry uses in its own sense counts as linked already, so none of its uses links.
			const linked = new Set(unlinkedTerms(ctx.data as RenderData));
			const text = ctx.textContent(root as never);
			const uses = findTermUses(text, finder).filter((use) => !linked.has(use.id));
			(ctx.data as RenderData)[ENTRY_TERMS] = { text, uses, next: 0, read: 0, crossing: 0, linked };
		},
		// Each text node in the order it is read (the Markdown processor walks the tree): the entry's text is these nodes'
		// text end to end, so the uses found in it say which nodes hold a term, and where, without searching them again.
		text(node, ctx) {
			const entry = (ctx.data as RenderData)[ENTRY_TERMS];
			if (!entry || (entry.next === entry.uses.length && entry.crossing <= entry.read)) return;
			const { value } = node;
			const start = entry.text.startsWith(value, entry.read) ? entry.read : entry.text.indexOf(value, entry.read);
			const end = start + value.length;
			// A use across two nodes ("care <em>co-op</em>") links in neither: each of them is searched on its own.
			let alone = start < 0 || entry.crossing > start;
			let found: TermUse[] = [];
			if (start >= 0) {
				entry.read = end;
				while (entry.next < entry.uses.length && entry.uses[entry.next]!.start < start) entry.next++;
				const first = entry.next;
				while (entry.next < entry.uses.length && entry.uses[entry.next]!.start < end) entry.next++;
				found = entry.uses.slice(first, entry.next);
				for (const use of found) entry.crossing = Math.max(entry.crossing, use.end);
				alone ||= entry.crossing > end;
			}
			// Not where the entry's text says it should be, or part of a use across nodes: searched on its own.
			const [inside, offset] = alone ? [findTermUses(value, finder), 0] : [found, start];
			if (!inside.some((use) => !entry.linked.has(use.id)) || isBlocked(node as TreeNode, ctx)) return;
			// The first use of each term, in this node and before it, links.
			const uses = inside.filter((use) => {
				if (entry.linked.has(use.id)) return false;
				entry.linked.add(use.id);
				return true;
			});
			ctx.replaceNode(node, linkUses(value, uses, offset));
		},
		// HTML written in Markdown, met in the same walk as the text nodes, so before any text it may wrap.
		raw(node, ctx) {
			const parent = ctx.parent(node);
			if (parent) holdingHtml.add(parent as TreeNode);
		},
		// The entry's text is not kept once it is linked: the render's data goes back to Astro.
		after(_root, ctx) {
			delete (ctx.data as RenderData)[ENTRY_TERMS];
		},
	};
	return plugin;
}

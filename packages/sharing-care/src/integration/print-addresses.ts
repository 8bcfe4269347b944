import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { entryIdOf, isEntryCollection } from '../collections/index.ts';
import { addPrintAddressesToPieces, PRINT_ADDRESS, PRINT_ADDRESS_PROPERTY, printAddress } from '../lib/html/add-print-addresses.ts';
import { resolveSiteUrl, type SiteAddress } from '../lib/urls/resolve-site-url.ts';

/**
 * The full address of the page an entry's file is published at (`content/blog/first-post.md` is
 * `https://care.example.org/coop-kit/blog/first-post/`), or undefined for a file that is not an entry.
 */
export function entryPageUrl(file: string, contentDir: string, site: SiteAddress): string | undefined {
	const [collection, ...rest] = relative(contentDir, file).split(sep);
	if (!collection || rest.length === 0 || !isEntryCollection(collection)) return undefined;
	return resolveSiteUrl(site, `${collection}/${entryIdOf(rest.join('/'))}/`);
}

/** A link as the Markdown processor hands it over, written in MDX as JSX: its attributes as written. */
interface JsxLink {
	attributes: readonly { type: string; name?: string; value?: unknown }[];
}

/**
 * A Sätteri HTML-tree plugin for Markdown and MDX entries: each link in an entry's text gets the full address it
 * leads to (src/lib/html/add-print-addresses.ts), which the print stylesheet writes out after the link, as the
 * entry is rendered, once: Markdown links, links written in HTML (kept as written, the attribute added to each
 * start tag) and links written in MDX. It runs after the other plugins, so links to the glossary and addresses
 * under the base path get theirs too. The page's own address, which relative links are read from, comes from the
 * entry's file (`contentDir`, the site's `content/` folder); files that are not entries are left as they are.
 */
export function printAddresses(contentDir: string, site: SiteAddress): HastPluginEntry {
	return ({ fileURL }) => {
		const pageUrl = fileURL?.protocol === 'file:' ? entryPageUrl(fileURLToPath(fileURL), contentDir, site) : undefined;
		if (pageUrl === undefined) return false;
		const visitJsx = {
			filter: ['a'],
			visit(node: JsxLink, ctx: { textContent(node: never): string; setProperty(node: never, key: string, value: unknown): void }) {
				const written = (name: string) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
				const href = written('href')?.value;
				if (typeof href !== 'string' || written(PRINT_ADDRESS)) return;
				const address = printAddress(href, ctx.textContent(node as never), pageUrl);
				if (address !== undefined) ctx.setProperty(node as never, PRINT_ADDRESS, address);
			},
		};
		const plugin: HastPluginDefinition = {
			name: 'sharing-care:print-addresses',
			// Markdown links, and links written in HTML that the processor has parsed.
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const { href } = node.properties ?? {};
					if (PRINT_ADDRESS_PROPERTY in (node.properties ?? {})) return;
					const address = printAddress(typeof href === 'string' ? href : undefined, ctx.textContent(node), pageUrl);
					if (address !== undefined) ctx.setProperty(node, PRINT_ADDRESS_PROPERTY, address);
				},
			},
			// HTML written inside Markdown, kept as written: a whole block, or pieces with the text between them.
			raw(node, ctx) {
				const parent = ctx.parent(node);
				const index = ctx.indexOf(node);
				const siblings = parent && index !== undefined ? parent.children : [node];
				const pieces = siblings.map((child) => (child.type === 'raw' ? { html: child.value, isHtml: true } : { html: ctx.textContent(child), isHtml: false }));
				const changed = addPrintAddressesToPieces(pieces, pageUrl).get(index ?? 0);
				if (changed !== undefined) ctx.replaceNode(node, { type: 'raw', value: changed });
			},
			// Links written in MDX, which it reads as JSX: only an address written as plain text.
			mdxJsxFlowElement: visitJsx,
			mdxJsxTextElement: visitJsx,
		};
		return plugin;
	};
}

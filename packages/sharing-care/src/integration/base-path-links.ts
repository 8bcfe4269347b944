import type { HastPluginDefinition } from 'satteri';
import { isUrlList, URL_ATTRIBUTES } from '../lib/html/read-html.ts';
import { rebaseHtmlUrls, rebaseSrcset, rebaseUrl } from '../lib/urls/rebase-url.ts';

const TAGS = Object.keys(URL_ATTRIBUTES);

/** Whether a property or attribute of an element holds an address: `srcSet` in the HTML tree is `srcset`. */
const holdsUrl = (tagName: string | null, name: string) => (URL_ATTRIBUTES[tagName ?? ''] ?? []).includes(name.toLowerCase());

/** The rebased value of one attribute, or undefined when it needs no change. */
function rebased(base: string, name: string, value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const next = isUrlList(name) ? rebaseSrcset(base, value) : rebaseUrl(base, value);
	return next === value ? undefined : next;
}

/**
 * A Sätteri HTML-tree plugin for Markdown and MDX content: links and images written from the site root
 * (`[Co-production](/topics/co-production/)`, `<a href="/blog/">`, `<img src="/logo.png">`) get the base path,
 * so content links keep working when the site is published in a folder (`BASE_PATH=/coop-kit/`).
 * Relative links, anchors and other sites' addresses are left exactly as written.
 * Returns no plugin when the site is at the root of its domain, where there is nothing to change.
 */
export function basePathLinks(base: string): HastPluginDefinition | false {
	if (base === '/') return false;
	return {
		name: 'sharing-care:base-path-links',
		// Markdown links and images, and HTML elements the processor has parsed.
		element: {
			filter: TAGS,
			visit(node, ctx) {
				for (const [name, value] of Object.entries(node.properties ?? {})) {
					if (!holdsUrl(node.tagName, name)) continue;
					const next = rebased(base, name, value);
					if (next !== undefined) ctx.setProperty(node, name, next);
				}
			},
		},
		// HTML written inside Markdown, kept as it was written.
		raw(node, ctx) {
			const next = rebaseHtmlUrls(base, node.value);
			if (next !== node.value) ctx.replaceNode(node, { type: 'raw', value: next });
		},
		// HTML tags written in MDX, which it reads as JSX: only attributes with plain text values.
		mdxJsxFlowElement: { filter: TAGS, visit: rebaseJsx },
		mdxJsxTextElement: { filter: TAGS, visit: rebaseJsx },
	};

	function rebaseJsx(
		node: { name: string | null; attributes: readonly { type: string; name?: string; value?: unknown }[] },
		ctx: { setProperty(node: never, key: string, value: unknown): void },
	) {
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !holdsUrl(node.name, attribute.name)) continue;
			const next = rebased(base, attribute.name, attribute.value);
			if (next !== undefined) ctx.setProperty(node as never, attribute.name, next);
		}
	}
}

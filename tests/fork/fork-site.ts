import type { SiteConfigInput } from '../../packages/sharing-care/src/config/schema.ts';

/**
 * The words and addresses a config puts on the site of its own accord: names, tagline, introduction, footer,
 * contact details, social and navigation links (and the handles in them), and the site's host.
 */
export function brandStrings(config: SiteConfigInput): string[] {
	const links = [...(config.social ?? []), ...(config.navigation ?? [])].map((link) => link.href).filter((href) => /^https?:/.test(href));
	const handles = links.map((href) => new URL(href).pathname.split('/').filter(Boolean).pop() ?? '').filter((handle) => handle.length > 3);
	return [
		config.name,
		config.shortName,
		config.tagline,
		config.footerText,
		...config.introduction.split(/\n\s*\n/),
		...Object.values(config.contact ?? {}).filter((value): value is string => typeof value === 'string'),
		...links,
		...handles,
		new URL(config.url).host,
	].filter(Boolean);
}

/** Head elements that repeat the page's own title, summary or picture: content, not the site's chrome. */
const CONTENT_HEAD = [
	/<title>[\s\S]*?<\/title>/g,
	/<meta\b[^>]*\b(?:name|property)="(?:description|og:title|og:description|twitter:title|twitter:description|og:image:alt)"[^>]*>/g,
	/<script type="application\/ld\+json">[\s\S]*?<\/script>/g,
];

/** One element of a page, from its start tag (matched by `start`) to its end tag: `''` when absent. */
function element(html: string, start: RegExp, tag: string): string {
	const match = start.exec(html);
	if (!match) return '';
	const end = html.indexOf(`</${tag}>`, match.index);
	return end < 0 ? '' : html.slice(match.index, end + tag.length + 3);
}

/** The parts of a page the site itself writes around the content: the site header, the site footer, and the head without the page's own title and summary. */
export function chromeOf(html: string): { head: string; header: string; footer: string } {
	return {
		head: CONTENT_HEAD.reduce((head, pattern) => head.replace(pattern, ''), element(html, /<head>/, 'head')),
		header: element(html, /<header class="site-header"/, 'header'),
		footer: element(html, /<footer class="site-footer"/, 'footer'),
	};
}

/** The page's `<main>`: the content's own words. */
export function mainOf(html: string): string {
	return element(html, /<main\b/, 'main');
}

import type { Element, Root } from 'hast';
import type { SiteConfigInput } from '../../packages/sharing-care/src/config/schema.ts';
import type { ParsedPage } from '../support/parse-page.ts';

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
	'title',
	...['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description', 'og:image:alt'].flatMap((key) => [
		`meta[name="${key}"]`,
		`meta[property="${key}"]`,
	]),
	'script[type="application/ld+json"]',
].join(', ');

/** Elements gathered into a tree of their own, to be read as one part of a page. */
const part = (children: Element[]): Root => ({ type: 'root', children });

/**
 * The parts of a page the site itself writes around the content, each as a tree to read with the page's `text()` and
 * `select()`: the site header, the site footer, and the head without the page's own title and summary.
 */
export function chromeOf(page: ParsedPage): { head: Root; header: Root; footer: Root } {
	const content = new Set(page.selectAll(CONTENT_HEAD));
	return {
		head: part(page.selectAll('head > *').filter((element) => !content.has(element))),
		header: part(page.selectAll('header.site-header')),
		footer: part(page.selectAll('footer.site-footer')),
	};
}

/** Everything a part of a page says, to readers or to machines: its text (scripts included) and its attributes' values. */
export function wordsOf(page: ParsedPage, part: Root): string {
	return page
		.selectAll('*', part)
		.flatMap((element) => [...Object.values(page.attributes(element)), ...element.children.flatMap((child) => (child.type === 'text' ? [child.value] : []))])
		.join('\n');
}

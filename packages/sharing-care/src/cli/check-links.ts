/**
 * Checks every internal link of a built site: each page, file and anchor a link points to must exist,
 * and every page must be reachable from the home page or the sitemap.
 *
 *   npm run check:links            (checks dist/)
 *   npm run check:links -- path/to/dist
 *
 * Links in pages (`href`, `src`, `srcset`, form actions), in feeds and sitemaps (`<link>`, `<loc>`, `href`)
 * and in robots.txt (`Sitemap:`) are followed when they stay on the site: relative, root-relative, or a full
 * address on the site's own origin. The origin and base path are read from the home page's canonical link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { listSiteFiles } from '../integration/list-site-files.ts';
import { filesForPath, pathOfFile } from './map-site-path.ts';
import { readSiteAddress, type SiteAddress } from './read-site-address.ts';
import { eachElement, readAttribute, urlsOf } from '../lib/html/read-html.ts';
import { readBuiltPage } from './read-built-page.ts';
import { isMainScript, runSiteCheck, type SiteCheck } from './run-site-check.ts';
import { EDITOR_PAGE } from '../editor/editor-files.ts';

export interface LinkFinding {
	/** The file the link is in, relative to the site, or the orphan page. */
	file: string;
	/** The link as written (empty for an unreachable page). */
	link: string;
	problem: string;
}

/** `link` relations that are hints, not links to a resource. */
const HINT_RELATIONS = /^(preconnect|dns-prefetch)$/;

interface Link {
	value: string;
	/** Whether following this link counts as reaching the page (a navigation, not a stylesheet). */
	navigates: boolean;
}

function linksInPage(page: Root): Link[] {
	const links: Link[] = [];
	eachElement(page, (element) => {
		if (element.tagName === 'link' && HINT_RELATIONS.test(readAttribute(element, 'rel') ?? '')) return;
		const navigates = element.tagName === 'a' || element.tagName === 'area';
		for (const { url } of urlsOf(element)) if (url) links.push({ value: url, navigates });
	});
	return links;
}

function linksInXml(xml: string): Link[] {
	const links: Link[] = [];
	for (const match of xml.matchAll(/<(link|loc)>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/\1>/g)) links.push({ value: match[2]!, navigates: true });
	for (const match of xml.matchAll(/\bhref="([^"]+)"/g)) links.push({ value: match[1]!.replace(/&amp;/g, '&'), navigates: false });
	return links;
}

function linksInRobots(text: string): Link[] {
	return [...text.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((match) => ({ value: match[1]!, navigates: false }));
}

/** The anchors a page has: each element's `id`, and the `name` of an `<a>`. */
function idsOf(page: Root): Set<string> {
	const ids = new Set<string>();
	for (const element of selectAll('[id], a[name]', page)) {
		for (const id of [readAttribute(element, 'id'), element.tagName === 'a' ? readAttribute(element, 'name') : undefined]) if (id) ids.add(id);
	}
	return ids;
}

/**
 * Returns every broken internal link and anchor in a built site, every sitemap entry that leads nowhere,
 * and every page that cannot be reached from the home page or the sitemap. An empty list means all is well.
 */
export function checkLinks(dist: string, address: SiteAddress = readSiteAddress(dist)): LinkFinding[] {
	const { origin, base } = address;
	const files = listSiteFiles(dist);
	const fileSet = new Set(files);
	const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
	const findings: LinkFinding[] = [];
	const idCache = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) idCache.set(file, (ids = idsOf(readBuiltPage(join(dist, file)))));
		return ids;
	};

	/** Follows one link from a file; returns the page it reaches, or undefined (external, not a page, or broken). */
	const follow = (from: string, link: Link): string | undefined => {
		const value = link.value.trim();
		if (!value || /^(mailto|tel|sms|data|blob|javascript):/i.test(value)) return undefined;
		let url: URL;
		try {
			url = new URL(value, `${origin}${pathOfFile(from, base)}`);
		} catch {
			findings.push({ file: from, link: value, problem: 'is not a valid address' });
			return undefined;
		}
		if (url.origin !== origin) return undefined;
		const candidates = filesForPath(url.pathname, base);
		if (!candidates) {
			findings.push({ file: from, link: value, problem: `points outside the site's base path ${base}` });
			return undefined;
		}
		const target = candidates.find((candidate) => fileSet.has(candidate));
		if (!target) {
			findings.push({ file: from, link: value, problem: 'leads to a page or file that does not exist' });
			return undefined;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsIn(target).has(fragment)) {
			findings.push({ file: from, link: value, problem: `leads to ${target}, which has no element with id "${fragment}"` });
		}
		return target.endsWith('.html') && link.navigates ? target : undefined;
	};

	const edges = new Map<string, Set<string>>();
	for (const file of files) {
		if (file.startsWith('pagefind/')) continue;
		let links: Link[] = [];
		if (file.endsWith('.html')) links = linksInPage(readBuiltPage(join(dist, file)));
		else if (file.endsWith('.xml')) links = linksInXml(readFileSync(join(dist, file), 'utf8'));
		else if (file === 'robots.txt') links = linksInRobots(readFileSync(join(dist, file), 'utf8'));
		const reached = new Set<string>();
		for (const link of links) {
			const target = follow(file, link);
			if (target) reached.add(target);
		}
		edges.set(file, reached);
	}

	// Reachability: start at the home page and at everything the sitemaps list, follow page links.
	const sitemaps = files.filter((file) => /(^|\/)sitemap[^/]*\.xml$/.test(file));
	const start = ['index.html', ...sitemaps.flatMap((file) => [...(edges.get(file) ?? [])])];
	const seen = new Set<string>();
	const queue = start.filter((file) => fileSet.has(file));
	while (queue.length) {
		const page = queue.pop()!;
		if (seen.has(page)) continue;
		seen.add(page);
		for (const next of edges.get(page) ?? []) if (!seen.has(next)) queue.push(next);
	}
	for (const page of pages) {
		// The web editor is opened by its address, never linked from the site.
		if (page === '404.html' || page === EDITOR_PAGE || seen.has(page)) continue;
		findings.push({ file: page, link: '', problem: 'cannot be reached from the home page or the sitemap' });
	}
	return findings;
}

/** One line per finding, for people. */
export function formatLinkFindings(findings: LinkFinding[]): string {
	return findings.map((finding) => (finding.link ? `${finding.file}: ${finding.link} ${finding.problem}` : `${finding.file} ${finding.problem}`)).join('\n');
}

/** The check as `sharing-care check-site` and `sharing-care test` run it. */
export const linkCheck: SiteCheck<LinkFinding> = {
	name: 'links',
	check: (dist) => checkLinks(dist),
	format: formatLinkFindings,
	noun: 'broken or unreachable link',
	allClear: (dist) => `Every internal link and anchor in ${dist} works, and every page can be reached.`,
};

if (isMainScript(import.meta.url)) await runSiteCheck(linkCheck);

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from '../config/content-security-policy.ts';
import { formatHeadersFile, type HeaderRule } from '../lib/headers/format-headers-file.ts';
import { mergeCsp } from '../lib/headers/merge-csp.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readAttribute } from '../lib/html/read-html.ts';
import { SEARCH_BUNDLE_DIR } from './index-site.ts';
import { listSiteFiles } from './list-site-files.ts';
import { buildSearchCacheRules, CACHE_FOR_GOOD } from './search-cache-rules.ts';
import { EDITOR_FOLDER } from '../editor/editor-files.ts';
import { editorHeaderRule } from '../editor/editor-headers.ts';
import { pathPatternsOutside } from '../lib/headers/path-patterns-outside.ts';

/** Sent with every response, besides the Content Security Policy. */
const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** How Astro writes a page's policy: the start of its `<meta>`, whose attributes it puts in double quotes. */
const ASTRO_CSP_META = '<meta http-equiv="content-security-policy"';

/** The policies in the `<meta>` elements of a piece of HTML. */
function readMetaPolicies(html: string): string[] {
	return selectAll('meta[http-equiv="content-security-policy" i]', fromHtml(html)).flatMap((meta) => readAttribute(meta, 'content') || []);
}

/**
 * The Content Security Policy header for a whole built site: the site's policy (src/config/content-security-policy.ts),
 * the hashes Astro put in every page's `<meta>` policy, and the directives only a header can carry, such as
 * `frame-ancestors 'none'`. Most pages have the same policy, so each policy `<meta>` as Astro writes it is parsed once;
 * a page whose head holds any other form of it has its whole head parsed.
 */
export function buildSiteCsp(dist: string): string {
	const policies = [[...PAGE_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ')];
	const read = new Map<string, string[]>();
	const readOnce = (html: string) => read.get(html) ?? read.set(html, readMetaPolicies(html)).get(html)!;
	// Pagefind's bundle has no pages, and it may still be being written (search-index.ts).
	// The web editor's page has a policy of its own (src/editor/).
	for (const file of listSiteFiles(dist, '.html', [SEARCH_BUNDLE_DIR, EDITOR_FOLDER])) {
		// The policy is a <meta> in the head: read only that far, not the whole page.
		const html = readFileSync(join(dist, file), 'utf8');
		const headEnd = html.indexOf('</head>');
		const head = headEnd === -1 ? html : html.slice(0, headEnd);
		const start = head.indexOf(ASTRO_CSP_META);
		const end = head.indexOf('>', start) + 1;
		const meta = head.slice(start, end);
		// Astro's `<meta>`, whole (it ends at the first `>` outside its quoted values: every quote before it is closed),
		// and no other `http-equiv` in the head (so no other policy, in any form).
		const astroOnly = start !== -1 && end > start && meta.split('"').length % 2 === 1 && head.toLowerCase().split('http-equiv').length === 2;
		policies.push(...(astroOnly ? readOnce(meta) : readMetaPolicies(head)));
	}
	policies.push(HEADER_ONLY_DIRECTIVES.join('; '));
	// Each policy once, in the order first met: most pages share one.
	return mergeCsp([...new Set(policies)]);
}

/**
 * The `_headers` rules for a built site under its base path (`/` or `/coop-kit/`): the site's headers for every
 * address but the web editor's folder, which has rules of its own (src/editor/editor-headers.ts). Hosts send every
 * rule that matches, so one `/*` rule would add the site's policy to the editor's.
 */
export function buildHeaderRules(dist: string, base: string): HeaderRule[] {
	const siteHeaders = { 'Content-Security-Policy': buildSiteCsp(dist), ...SECURITY_HEADERS };
	// The search bundle may still be being written, so it is named whether it is there yet or not.
	const entries = [
		...readdirSync(dist, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() })),
		{ name: SEARCH_BUNDLE_DIR, folder: true },
	];
	return [
		...pathPatternsOutside(entries, base, ['_headers', EDITOR_FOLDER]).map((path) => ({ path, headers: siteHeaders })),
		...(existsSync(join(dist, EDITOR_FOLDER)) ? [editorHeaderRule(base, SECURITY_HEADERS)] : []),
		// Astro names these files by their content, so they can be cached for good.
		{ path: `${base}_astro/*`, headers: { 'Cache-Control': CACHE_FOR_GOOD } },
	];
}

/**
 * Writes `_headers` into a built site published under `base`: the security headers (with the Content Security
 * Policy) that hosts such as Netlify and Cloudflare Pages send as real HTTP headers, and how long browsers keep
 * Astro's and the search bundle's files. `rules` are the site's rules (`buildHeaderRules`), which the integration
 * works out while Pagefind finishes the index; the search bundle's are read from what it wrote. Returns its path.
 */
export function writeHeaders(dist: string, base: string, rules: HeaderRule[] = buildHeaderRules(dist, base)): string {
	const path = join(dist, '_headers');
	const comment =
		'Security and caching headers for every address of the site, written by the build (src/integration/write-headers.ts); the web editor (admin/) has its own.\nHosts that read _headers files (Netlify, Cloudflare Pages) send them; on other hosts, configure the same headers.';
	writeFileSync(path, formatHeadersFile([...rules, ...buildSearchCacheRules(dist, base)], comment));
	return path;
}

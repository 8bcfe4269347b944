/**
 * Checks that a built site makes no request to any other host: no external scripts, stylesheets, fonts,
 * images, media, frames, workers or form targets in its pages, stylesheets, scripts, feeds' stylesheets,
 * SVG files or web manifest. Links people choose to follow (`<a href>`) are not requests and are allowed.
 *
 *   npm run check:privacy            (checks dist/)
 *   npm run check:privacy -- path/to/dist
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSiteFiles } from '../integration/list-site-files.ts';
import { readSiteAddress } from './read-site-address.ts';
import type { Element } from 'hast';
import { attributesOf, eachElement, rawText, readAttribute, urlsOf } from '../lib/html/read-html.ts';
import { readBuiltPage } from './read-built-page.ts';
import { isMainScript, runSiteCheck, type SiteCheck } from './run-site-check.ts';
import { EDITOR_FOLDER } from '../editor/editor-files.ts';

export interface PrivacyFinding {
	file: string;
	/** The address the site would load from elsewhere. */
	url: string;
	/** What would load it: `<script src>`, `CSS url()`, `fetch() in JavaScript`. */
	via: string;
}

/** Elements whose address a person chooses to follow (or that only cite a source): nothing is fetched when the page loads. */
const FOLLOWED_ONLY = new Set(['a', 'area', 'blockquote', 'q', 'del', 'ins']);

/** `<link rel>` values that fetch (or connect to) the linked address. Others (`canonical`, `alternate`, `me`) only name it. */
const FETCHING_LINK = /\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender)\b/i;

/** A URL pointing to another host: absolute `http(s)://`, or protocol-relative `//host/`. */
function externalUrl(value: string, origin: string): string | undefined {
	const trimmed = value.trim();
	if (!/^(https?:)?\/\//i.test(trimmed)) return undefined;
	const url = new URL(trimmed, origin);
	return url.origin === origin ? undefined : url.href;
}

function cssRequests(source: string): string[] {
	// `@namespace svg url(http://www.w3.org/2000/svg)` names a namespace; nothing is fetched.
	const css = source.replace(/@namespace[^;]*;/gi, '');
	const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((match) => match[2]!);
	const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((match) => match[2]!);
	return [...urls, ...imports];
}

/** Places in JavaScript where a string address is loaded: imports, fetch, workers, beacons, script and image sources. */
const JS_REQUEST =
	/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|\bfetch\s*\(\s*|\bimportScripts\s*\(\s*|\bnew\s+(?:Shared)?Worker\s*\(\s*|\bsendBeacon\s*\(\s*|\bnew\s+EventSource\s*\(\s*|\bnew\s+WebSocket\s*\(\s*|\.src\s*=\s*|\bopen\s*\(\s*['"`][A-Z]+['"`]\s*,\s*)(['"`])((?:https?:|wss?:)?\/\/[^'"`\s]+)\1/g;

function elementRequests(element: Element): { url: string; via: string }[] {
	const requests: { url: string; via: string }[] = [];
	const name = element.tagName.toLowerCase();
	const fetches = !FOLLOWED_ONLY.has(name) && (name !== 'link' || FETCHING_LINK.test(readAttribute(element, 'rel') ?? ''));
	if (fetches) for (const { attribute, url } of urlsOf(element)) if (url) requests.push({ url, via: `<${name} ${attribute}>` });
	if (name === 'meta' && /^refresh$/i.test(readAttribute(element, 'http-equiv') ?? '')) {
		const target = /url\s*=\s*['"]?([^'";]+)/i.exec(readAttribute(element, 'content') ?? '')?.[1];
		if (target) requests.push({ url: target, via: '<meta http-equiv="refresh">' });
	}
	const style = readAttribute(element, 'style');
	if (style) for (const url of cssRequests(style)) requests.push({ url, via: 'CSS url() in a style attribute' });
	if (name === 'style') for (const url of cssRequests(rawText(element))) requests.push({ url, via: 'CSS in a <style> element' });
	if (name === 'script') for (const match of rawText(element).matchAll(JS_REQUEST)) requests.push({ url: match[2]!, via: 'an inline script' });
	return requests;
}

/** CSS an SVG file's elements carry in their other attributes (`fill="url(…)"`, `filter`, `mask`), which loads what it names. */
function svgAttributeRequests(element: Element): string[] {
	return Object.entries(attributesOf(element)).flatMap(([name, value]) => (name === 'style' ? [] : cssRequests(value)));
}

/** Returns every request the built site would make to another host. An empty list means none. */
export function checkPrivacy(dist: string, origin = readSiteAddress(dist).origin): PrivacyFinding[] {
	const findings: PrivacyFinding[] = [];
	const add = (file: string, url: string, via: string) => {
		const external = externalUrl(url, origin);
		if (external) findings.push({ file, url: external, via });
	};
	// The web editor's bundle names services it can be set up to use; this site sets up none, its policy lets it reach
	// only GitHub's API, and tests/editor/ records every request it makes in a browser.
	for (const file of listSiteFiles(dist, undefined, [EDITOR_FOLDER])) {
		const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
		if (!['html', 'htm', 'svg', 'css', 'js', 'mjs', 'webmanifest', 'json'].includes(extension)) continue;
		if (['html', 'htm', 'svg'].includes(extension)) {
			eachElement(readBuiltPage(join(dist, file)), (element) => {
				for (const request of elementRequests(element)) add(file, request.url, request.via);
				if (extension === 'svg') for (const url of svgAttributeRequests(element)) add(file, url, 'CSS in an SVG file');
			});
			continue;
		}
		const text = readFileSync(join(dist, file), 'utf8');
		if (extension === 'css') {
			for (const url of cssRequests(text)) add(file, url, 'CSS url() or @import');
		} else if (extension === 'js' || extension === 'mjs') {
			for (const match of text.matchAll(JS_REQUEST)) add(file, match[2]!, 'JavaScript');
		} else if (extension === 'webmanifest' || file.endsWith('manifest.json')) {
			const manifest = JSON.parse(text) as { icons?: { src?: string }[]; screenshots?: { src?: string }[] };
			for (const image of [...(manifest.icons ?? []), ...(manifest.screenshots ?? [])]) if (image.src) add(file, image.src, 'the web manifest');
		}
	}
	return findings;
}

/** One line per finding, for people. */
export function formatPrivacyFindings(findings: PrivacyFinding[]): string {
	return findings.map((finding) => `${finding.file}: loads ${finding.url} through ${finding.via}`).join('\n');
}

/** The check as `sharing-care check-site` and `sharing-care test` run it. */
export const privacyCheck: SiteCheck<PrivacyFinding> = {
	name: 'privacy',
	check: (dist) => checkPrivacy(dist),
	format: formatPrivacyFindings,
	noun: 'request to another host',
	allClear: (dist) => `Nothing in ${dist} loads anything from another host.`,
};

if (isMainScript(import.meta.url)) await runSiteCheck(privacyCheck);

/**
 * Checks the page weight budget of a built site:
 * - content pages ship no JavaScript at all (only SCRIPTED_PAGES may: search, the subscribe page's copy buttons, the web editor);
 * - every page's HTML plus the stylesheets it links come to at most 30 KB gzipped;
 * - every image has width and height attributes and a modern format (AVIF, WebP or SVG).
 *
 *   npm run check:weight            (checks dist/)
 *   npm run check:weight -- path/to/dist
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listSiteFiles } from '../integration/list-site-files.ts';
import { filesForPath } from './map-site-path.ts';
import { readSiteAddress } from './read-site-address.ts';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { eachElement, rawText, readAttribute, splitUrlList } from '../lib/html/read-html.ts';
import { readBuiltPage } from './read-built-page.ts';
import { builtSiteFromArguments, isMainScript, runSiteCheck, type SiteCheck } from './run-site-check.ts';
import { EDITOR_PAGE } from '../editor/editor-files.ts';

/** At most this many bytes of HTML and CSS, gzipped, per page. */
export const HTML_CSS_BUDGET = 30 * 1024;

/**
 * Pages that are tools rather than content, and may load JavaScript: the search page (Pagefind runs in the
 * browser), the subscribe page (buttons that copy a feed's address; the addresses work without them) and the
 * board's web editor.
 */
export const SCRIPTED_PAGES = ['search/index.html', 'subscribe/index.html', EDITOR_PAGE];

/** Image formats that count as modern, by file extension. */
const MODERN_IMAGE = /\.(avif|webp|svg)$/i;
const MODERN_SOURCE_TYPE = /^image\/(avif|webp|svg\+xml)$/i;

/** `<script type>` values that are data, not JavaScript. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/plain)$/i;

export interface PageWeight {
	file: string;
	/** The page's HTML and the site's stylesheets it links, each gzipped, in bytes. */
	htmlCss: number;
	/** JavaScript the page loads (inline and from the site), in bytes before compression. */
	javascript: number;
}

export interface WeightFinding {
	file: string;
	problem: string;
}

const gzipped = (content: Buffer | string) => gzipSync(content).length;

/** The JavaScript in a page's event handler attributes (`onclick="go()"`), in bytes. */
function handlerBytes(page: Root): number {
	let bytes = 0;
	eachElement(page, (element) => {
		// hast names them `onClick`, and one it does not know as written (`onfoo`).
		for (const [property, value] of Object.entries(element.properties)) if (/^on[a-z]+$/i.test(property)) bytes += Buffer.byteLength(String(value));
	});
	return bytes;
}

/** Measures every page: gzipped HTML+CSS, and JavaScript bytes. */
export function measurePageWeights(dist: string): PageWeight[] {
	const { origin, base } = readSiteAddress(dist);
	const fileSize = new Map<string, number>();
	const sizeOf = (href: string, page: string, compress: boolean): number => {
		const url = new URL(href, `${origin}${base}${page}`);
		if (url.origin !== origin) return 0;
		const file = filesForPath(url.pathname, base)?.find((candidate) => existsSync(join(dist, candidate)));
		if (!file) return 0;
		const key = `${compress}:${file}`;
		if (!fileSize.has(key)) {
			const content = readFileSync(join(dist, file));
			fileSize.set(key, compress ? gzipped(content) : content.length);
		}
		return fileSize.get(key)!;
	};
	return listSiteFiles(dist, '.html')
		.filter((file) => !file.startsWith('pagefind/'))
		.map((file) => {
			const tree = readBuiltPage(join(dist, file));
			let htmlCss = gzipped(readFileSync(join(dist, file)));
			// Event handler attributes are JavaScript too.
			let javascript = handlerBytes(tree);
			for (const link of selectAll('link[rel~=stylesheet i][href]', tree)) htmlCss += sizeOf(readAttribute(link, 'href')!, file, true);
			for (const link of selectAll('link[rel~=modulepreload i][href]', tree)) javascript += sizeOf(readAttribute(link, 'href')!, file, false);
			for (const script of selectAll('script', tree)) {
				if (DATA_SCRIPT.test(readAttribute(script, 'type') ?? '')) continue;
				const src = readAttribute(script, 'src');
				javascript += src ? sizeOf(src, file, false) || 1 : Buffer.byteLength(rawText(script));
			}
			return { file, htmlCss, javascript };
		});
}

function imageProblems(page: Root): string[] {
	const problems: string[] = [];
	// A <picture> with a modern <source> shows that to browsers, whatever its <img> falls back to.
	const withModernSource = new Set(
		selectAll('picture', page)
			.filter((picture) => selectAll('source', picture).some((source) => MODERN_SOURCE_TYPE.test(readAttribute(source, 'type') ?? '')))
			.flatMap((picture) => selectAll('img', picture)),
	);
	for (const image of selectAll('img', page)) {
		const src = readAttribute(image, 'src') ?? '';
		const name = src.split(/[?#]/)[0]!.split('/').pop() || src;
		const width = readAttribute(image, 'width');
		const height = readAttribute(image, 'height');
		if (!width || !height || !/^\d+$/.test(width) || !/^\d+$/.test(height)) problems.push(`image ${name} has no width and height attributes`);
		const candidates = [src, ...splitUrlList(readAttribute(image, 'srcset') ?? '')].filter(Boolean);
		const modern =
			candidates.length > 0 && candidates.every((candidate) => MODERN_IMAGE.test(candidate.split(/[?#]/)[0]!) || candidate.startsWith('data:image/svg'));
		if (!modern && !withModernSource.has(image)) problems.push(`image ${name} is not in a modern format (AVIF, WebP or SVG)`);
	}
	return problems;
}

/** Returns every page over budget, every content page with JavaScript, and every image without size or modern format. */
export function checkPageWeight(dist: string, { budget = HTML_CSS_BUDGET, scriptedPages = SCRIPTED_PAGES } = {}): WeightFinding[] {
	const findings: WeightFinding[] = [];
	for (const weight of measurePageWeights(dist)) {
		if (weight.htmlCss > budget) {
			findings.push({
				file: weight.file,
				problem: `HTML and CSS come to ${(weight.htmlCss / 1024).toFixed(1)} KB gzipped, over the ${(budget / 1024).toFixed(0)} KB budget`,
			});
		}
		if (weight.javascript > 0 && !scriptedPages.includes(weight.file)) {
			findings.push({ file: weight.file, problem: `ships ${weight.javascript} bytes of JavaScript; content pages ship none` });
		}
		for (const problem of imageProblems(readBuiltPage(join(dist, weight.file)))) findings.push({ file: weight.file, problem });
	}
	return findings;
}

/** One line per finding, for people. */
export function formatWeightFindings(findings: WeightFinding[]): string {
	return findings.map((finding) => `${finding.file}: ${finding.problem}`).join('\n');
}

/** The check as `sharing-care check-site` and `sharing-care test` run it. */
export const weightCheck: SiteCheck<WeightFinding> = {
	name: 'page weight',
	check: (site) => checkPageWeight(site),
	format: formatWeightFindings,
	noun: 'page weight problem',
	allClear: (site) => `Every page in ${site} is within the budget.`,
};

if (isMainScript(import.meta.url)) {
	const dist = builtSiteFromArguments();
	const heaviest = measurePageWeights(dist).sort((a, b) => b.htmlCss - a.htmlCss);
	console.log('Heaviest pages (HTML+CSS gzipped, JavaScript):');
	for (const weight of heaviest.slice(0, 5))
		console.log(`  ${(weight.htmlCss / 1024).toFixed(1).padStart(5)} KB  ${String(weight.javascript).padStart(7)} B JS  ${weight.file}`);
	await runSiteCheck(weightCheck, dist);
}

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
import { readTags, splitUrlList, type Tag } from '../lib/html/read-html.ts';
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
			const html = readFileSync(join(dist, file));
			const tags = readTags(html.toString('utf8'));
			let htmlCss = gzipped(html);
			let javascript = 0;
			for (const tag of tags) {
				if (tag.closing) continue;
				const rel = tag.attributes.rel ?? '';
				if (tag.name === 'link' && /\bstylesheet\b/i.test(rel) && tag.attributes.href) htmlCss += sizeOf(tag.attributes.href, file, true);
				if (tag.name === 'link' && /\bmodulepreload\b/i.test(rel) && tag.attributes.href) javascript += sizeOf(tag.attributes.href, file, false);
				if (tag.name === 'script' && !DATA_SCRIPT.test(tag.attributes.type ?? '')) {
					javascript += tag.attributes.src ? sizeOf(tag.attributes.src, file, false) || 1 : Buffer.byteLength(tag.text ?? '');
				}
				// Event handler attributes are JavaScript too.
				for (const [name, value] of Object.entries(tag.attributes)) if (/^on[a-z]+$/.test(name)) javascript += Buffer.byteLength(value);
			}
			return { file, htmlCss, javascript };
		});
}

function imageProblems(tags: Tag[]): string[] {
	const problems: string[] = [];
	let pictureHasModernSource = false;
	for (const tag of tags) {
		if (tag.name === 'picture') pictureHasModernSource = false;
		if (tag.closing) continue;
		if (tag.name === 'source' && MODERN_SOURCE_TYPE.test(tag.attributes.type ?? '')) pictureHasModernSource = true;
		if (tag.name !== 'img') continue;
		const src = tag.attributes.src ?? '';
		const name = src.split(/[?#]/)[0]!.split('/').pop() || src;
		const { width, height } = tag.attributes;
		if (!width || !height || !/^\d+$/.test(width) || !/^\d+$/.test(height)) problems.push(`image ${name} has no width and height attributes`);
		const candidates = [src, ...splitUrlList(tag.attributes.srcset ?? '')].filter(Boolean);
		const modern = candidates.length > 0 && candidates.every((candidate) => MODERN_IMAGE.test(candidate.split(/[?#]/)[0]!) || candidate.startsWith('data:image/svg'));
		if (!modern && !pictureHasModernSource) problems.push(`image ${name} is not in a modern format (AVIF, WebP or SVG)`);
	}
	return problems;
}

/** Returns every page over budget, every content page with JavaScript, and every image without size or modern format. */
export function checkPageWeight(dist: string, { budget = HTML_CSS_BUDGET, scriptedPages = SCRIPTED_PAGES } = {}): WeightFinding[] {
	const findings: WeightFinding[] = [];
	for (const weight of measurePageWeights(dist)) {
		if (weight.htmlCss > budget) {
			findings.push({ file: weight.file, problem: `HTML and CSS come to ${(weight.htmlCss / 1024).toFixed(1)} KB gzipped, over the ${(budget / 1024).toFixed(0)} KB budget` });
		}
		if (weight.javascript > 0 && !scriptedPages.includes(weight.file)) {
			findings.push({ file: weight.file, problem: `ships ${weight.javascript} bytes of JavaScript; content pages ship none` });
		}
		for (const problem of imageProblems(readTags(readFileSync(join(dist, weight.file), 'utf8')))) findings.push({ file: weight.file, problem });
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
	for (const weight of heaviest.slice(0, 5)) console.log(`  ${(weight.htmlCss / 1024).toFixed(1).padStart(5)} KB  ${String(weight.javascript).padStart(7)} B JS  ${weight.file}`);
	await runSiteCheck(weightCheck, dist);
}

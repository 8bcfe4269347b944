import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../packages/sharing-care/src/cli/check-links.ts';
import { EDITOR_PAGE } from '../../packages/sharing-care/src/editor/editor-files.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureConfig } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';
import { serveDist } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { VARIANT_CONFIG as FORK, VARIANT_CSS, VARIANT_ENV, VARIANT_HEADER, VARIANT_POST, VARIANT_WORDING } from '../support/variant-site.ts';
import { parseFeed } from '../feeds/read-feed.ts';
import { brandStrings, chromeOf, wordsOf } from './fork-site.ts';
import { CLOSE, marked } from '../kit/use-test-locale.ts';

/** The variant build: the fixture site made another co-op's own (tests/support/variant-site.ts), under a base path. */
const dist = inject('variantSiteDist');
const ORIGIN = VARIANT_ENV.SITE_URL;
const BASE = VARIANT_ENV.BASE_PATH;
const HOME = `${ORIGIN}${BASE}`;
// The web editor's page is the board's tool, with no site header or footer (tests/editor/).
const pages = listFiles(dist, '.html').filter((file) => !file.startsWith('pagefind/') && file !== EDITOR_PAGE);

/** The fixture site's config words, which the variant's config replaced: none may be left in the variant's chrome. */
const DEFAULT_STRINGS = brandStrings(fixtureConfig);

/** A built page of the variant, parsed, by its file or its site path. */
const parsed = (path: string) => parsePage(readPage(dist, path));

describe('a fork with its own config, built under a base path', () => {
	it('leaves none of the fixture site config’s words in any page’s head, header or footer', () => {
		expect(pages.length).toBeGreaterThan(20);
		const left: string[] = [];
		for (const file of pages) {
			const page = parsed(file);
			const chrome = chromeOf(page);
			expect(page.select('meta[property="og:site_name"]', chrome.head), file).toBeDefined();
			for (const [part, tree] of Object.entries(chrome)) {
				const text = wordsOf(page, tree);
				for (const word of DEFAULT_STRINGS) if (text.includes(word)) left.push(`${file} ${part}: "${word}"`);
			}
		}
		expect(left).toEqual([]);
	});

	it('shows the fork’s name, footer text and contact details on every page', () => {
		for (const file of pages) {
			const page = parsed(file);
			const { header, footer } = chromeOf(page);
			expect(page.text(header), file).toContain(FORK.name);
			const footerText = page.text(footer);
			for (const words of [FORK.footerText, FORK.contact!.phone!, FORK.contact!.address!, 'Mastodon']) expect(footerText, file).toContain(words);
		}
	});

	it('titles every page with the fork’s name, and the home page with its tagline', () => {
		for (const file of pages) {
			const page = parsed(file);
			const title = page.text('title');
			if (file === 'index.html') expect(title).toBe(marked(`${FORK.name}: ${FORK.tagline}`));
			else expect(title, file).toMatch(new RegExp(` \\| ${FORK.name}${CLOSE}$`));
			expect(page.attr('meta[property="og:site_name"]', 'content'), file).toBe(FORK.name);
		}
		const home = parsed('/');
		expect(home.attr('link[rel="canonical"]', 'href')).toBe(HOME);
		expect(home.text('main')).toContain('Riverside Care Co-operative is owned by its carers');
	});

	it('keeps the content’s own words, even where they name the fixture site’s co-op', () => {
		const audit = parsed('audits/community-audit-2023/').text('main');
		expect(audit).toContain("Reflection from Millbrook Care Co-operative's point of view");
		const report = parsed('reports/learning-report-2024/').text('main');
		expect(report).toContain('The winter was hard for care in the valley.');
	});

	it('puts links written from the site root in Markdown and MDX content under the base path', () => {
		/** The addresses the links in a page's `<main>` lead to. */
		const hrefsInMain = (path: string) => {
			const page = parsed(path);
			return page.selectAll('main [href]').map((element) => page.attr(element, 'href'));
		};
		const markdown = hrefsInMain('blog/linking-across-the-site/');
		expect(markdown).toContain(`${BASE}topics/co-production/`);
		expect(markdown).toContain(`${BASE}reports/`);
		expect(markdown).toContain(`${BASE}people/`);
		expect(markdown).toContain(`${BASE}blog/`);
		expect(parsed('blog/linking-across-the-site/').select(`main img[src="${BASE}icon.svg"]`)).toBeDefined();
		expect(parsed(VARIANT_POST.path).select(`main img[src="${BASE}icon.svg"]`)).toBeDefined();
		const mdx = hrefsInMain('blog/linking-from-mdx/');
		expect(mdx).toContain(`${BASE}topics/`);
		expect(mdx).toContain(`${BASE}organisations/`);
	});

	it('has every internal link of every page, sitemap and feed lead to a built file under the base path', () => {
		// Links only, not whether each page can be reached (the whole-site link check covers that).
		const broken = checkLinks(dist, { origin: ORIGIN, base: BASE }).filter((finding) => finding.link);
		expect(broken).toEqual([]);
		const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
		const locations = (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
		expect(locations.length).toBeGreaterThan(20);
		expect(locations.filter((location) => !location.startsWith(HOME))).toEqual([]);
	});

	it('colours the site and names the web manifest from the fork’s config', () => {
		const theme = readFileSync(join(dist, 'theme.css'), 'utf8');
		for (const colour of Object.values(FORK.colours!)) expect(theme).toContain(colour);
		const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ name: FORK.name, short_name: FORK.shortName, start_url: BASE, scope: BASE, theme_color: FORK.colours!.brand });
		for (const icon of manifest.icons as { src: string }[])
			expect(readFileSync(join(dist, icon.src.slice(BASE.length)), 'utf8')).toContain(`fill="${FORK.colours!.brand}"`);
		expect(parsed('/').select(`link[rel="icon"][href="${BASE}icon.svg"][type="image/svg+xml"]`)).toBeDefined();
		expect(Object.values(manifest).join(' ')).not.toContain(fixtureConfig.name);
	});

	it('titles the feeds with the fork’s name and links them under the base path', () => {
		const feeds = listFiles(dist).filter((file) => file.endsWith('rss.xml'));
		expect(feeds.length).toBeGreaterThan(5);
		for (const file of feeds) {
			const feed = parseFeed(dist, file);
			expect(feed.title, file).toContain(FORK.name);
			const channel = [feed.title, feed.link, feed.description, feed.language, feed.stylesheet?.href, ...feed.selfLinks.map((link) => link.href)].join('\n');
			for (const word of DEFAULT_STRINGS) expect(channel, file).not.toContain(word);
			const links = [feed.link, ...feed.items.flatMap((item) => [item.link, item.guid])];
			expect(
				links.filter((link) => !link.startsWith(HOME)),
				file,
			).toEqual([]);
		}
		expect(parseFeed(dist, 'rss.xml').items.map((item) => item.link)).toContain(`${HOME}${VARIANT_POST.path}`);
	});

	it('finds the fork’s own post with search, and its result opens under the base path', async () => {
		let browser: Browser | undefined;
		const served = await serveDist(dist, BASE);
		try {
			browser = await launchBrowser();
			const page = await browser.newPage();
			await page.goto(`${served.url}search/?q=${VARIANT_POST.word}`);
			const result = page.locator(`main a[href$="${BASE}${VARIANT_POST.path}"]`).first();
			await result.waitFor({ timeout: 20_000 });
			await result.click();
			await page.waitForURL(`${served.url}${VARIANT_POST.path}`);
			expect(await page.title()).toBe(marked(`${VARIANT_POST.title} | ${FORK.name}`));
		} finally {
			await browser?.close();
			await served.close();
		}
	});
});

describe('a fork with a logo', () => {
	it('shows the logo in the header, beside the name that says what it says', () => {
		for (const file of pages) {
			const page = parsed(file);
			const { header } = chromeOf(page);
			expect(page.select(`img[src^="${BASE}_astro/variant-logo."][src$=".svg"][alt]`, header), file).toBeDefined();
			expect(page.text(header), file).toContain(FORK.name);
		}
	});

	it('names the logo, as it is, as the publisher’s logo in structured data', () => {
		const [data] = parsed('/').jsonLd() as { publisher: { logo: { url: string } } }[];
		const logo = data!.publisher.logo.url;
		expect(logo.startsWith(`${HOME}_astro/variant-logo.`), logo).toBe(true);
		expect(logo).toMatch(/\.svg$/);
		expect(readFileSync(join(dist, logo.slice(HOME.length)), 'utf8')).toContain('<rect width="240" height="80"');
	});
});

describe('a fork with the decisions register switched off', () => {
	it('builds no decisions register or actions tracker, and links to neither, while its minutes are published', () => {
		const files = listFiles(dist);
		expect(files).toContain('minutes/board-2025-01-15/index.html');
		expect(files.filter((file) => /^(decisions|actions)\//.test(file))).toEqual([]);
		const linking = pages.filter((file) => parsed(file).select(`[href^="${BASE}decisions/"], [href^="${BASE}actions/"]`));
		expect(linking).toEqual([]);
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toMatch(/\/(decisions|actions)\//);
	});

	it('publishes no decisions feed but keeps the minutes feed', () => {
		const feeds = listFiles(dist).filter((file) => file.endsWith('rss.xml'));
		expect(feeds).not.toContain('decisions/rss.xml');
		expect(parseFeed(dist, 'minutes/rss.xml').items.length).toBe(2);
	});

	it('does not offer the decisions feed on the subscribe page', () => {
		const subscribe = readPage(dist, 'subscribe/');
		expect(parsePage(subscribe).select(`input[value="${HOME}minutes/rss.xml"]`)).toBeDefined();
		expect(subscribe).not.toContain('decisions/rss.xml');
	});
});

describe('a fork that makes the kit its own from its own files', () => {
	it('shows its own wording of the kit’s text (content/strings.yaml) in place of the kit’s, on every page', () => {
		for (const file of pages) expect(parsed(file).text('a.skip-link'), file).toBe(VARIANT_WORDING['layout.skipLink']);
		const home = parsed('index.html');
		const headings = home.selectAll('h2').map((heading) => home.text(heading));
		expect(headings).toContain(VARIANT_WORDING['home.startHere']);
		expect(headings).not.toContain(marked('Start here'));
	});

	it('fills its own sentence for text that takes a value with that value, by its name', () => {
		const topics = parsed('topics/index.html');
		const counts = topics.selectAll('li span.muted').map((count) => topics.text(count));
		expect(counts.length).toBeGreaterThan(2);
		const sentence = new RegExp(`^\\(${VARIANT_WORDING['topics.count'].replace('{count}', '\\d+')}\\)$`);
		for (const count of counts) expect(count).toMatch(sentence);
	});

	it('adds its own stylesheet’s rules (customCss) to the site’s one stylesheet, after the kit’s', () => {
		const home = parsed('index.html');
		const sheets = home.selectAll('link[rel="stylesheet"]').map((link) => home.attr(link, 'href')!);
		const css = sheets.filter((href) => href.startsWith(`${BASE}_astro/`)).map((href) => readFileSync(join(dist, href.slice(BASE.length)), 'utf8'));
		expect(css).toHaveLength(1);
		const rule = /\.riverside-band\s*\{\s*border-top:\s*\.?[\d.]+rem solid #ffbf47;?\s*\}/.exec(css[0]!);
		expect(rule, VARIANT_CSS.rule).not.toBeNull();
		expect(rule!.index).toBeGreaterThan(css[0]!.indexOf('.visually-hidden'));
	});

	it('puts its own header (components.Header) on every page, wrapping the kit’s', () => {
		for (const file of pages) {
			const page = parsed(file);
			const band = page.select(`div[${VARIANT_HEADER.marker}]`);
			expect(band, file).toBeDefined();
			expect(page.select('header.site-header', band), file).toBeDefined();
			expect(page.text(band!), file).toContain(FORK.name);
		}
	});
});

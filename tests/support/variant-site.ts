import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfigInput } from '../../packages/sharing-care/src/config/schema.ts';
import { addTestCollection } from '../kit/add-test-collection.ts';
import { marked, useTestLocale } from '../kit/use-test-locale.ts';
import { addToSiteConfig, writeSiteConfig } from './site-config-file.ts';

/**
 * The variant build: the fixture site as another co-op would make it its own, built once for every test of
 * what a fork can change. Each step below changes the copy in one way; the tests of that change read the one
 * build (`inject('variantSiteDist')`). To fold another variation into the same build, add a step to
 * VARIANT_STEPS: a name and a function of the copy's folder. Steps run in order, before the build.
 */
export interface VariantStep {
	/** What the step changes, as the build's log names it. */
	name: string;
	run: (dir: string) => void | Promise<void>;
}

/** The address and base path the variant is built with, as a host's build would set them. */
export const VARIANT_ENV = { SITE_URL: 'https://riverside.example.org', BASE_PATH: '/riverside/' } as const;

/** The variant's logo, made for the test: an SVG under src/assets/. */
export const VARIANT_LOGO = { src: 'src/assets/variant-logo.svg', alt: 'Riverside Care logo' } as const;
const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="#5a2d82"/></svg>';

/**
 * Another co-op's config: every brand value differs from the fixture site's, it publishes no email address, and
 * the decisions register is off.
 */
export const VARIANT_CONFIG: SiteConfigInput = {
	name: 'Riverside Care Co-operative',
	shortName: 'Riverside Care',
	tagline: 'Notes from a care co-op by the river, for anyone starting one.',
	introduction: 'Riverside Care Co-operative is owned by its carers and the people they support.\n\nStart with the reports.',
	// Both are overridden at build time (VARIANT_ENV), as a host's build would.
	url: 'https://config.example.net',
	basePath: '/',
	footerText: 'Riverside Care Co-operative Ltd, registered society number 99999.',
	// No email address: no "Report a problem" links, and the accessibility statement gives the phone and address.
	contact: { phone: '01632 960000', address: '1 Mill Lane, Riverside' },
	social: [{ label: 'Mastodon', href: 'https://social.example.org/@riversidecare' }],
	navigation: [{ label: 'Our main website', href: 'https://www.riverside.example.org/' }],
	colours: { brand: '#5a2d82', onBrand: '#ffffff', text: '#1a1a2e', muted: '#4a4a5e', background: '#fffdf7', surface: '#f4f0fa', focus: '#ffbf47' },
	logo: VARIANT_LOGO,
	features: { decisions: false },
};

/** A post of the variant's own, with a word no other entry has (so search can be seen to find it) and a picture written from the site root. */
export const VARIANT_POST = { path: 'blog/riverside-first-post/', title: 'Our first post from the river', word: 'kingfisherlantern' } as const;

/**
 * The variant's own wording of three pieces of the kit's text, by key (`content/strings.yaml`): one on every page,
 * one on the home page, and one that takes a value, the count beside each topic on the topics page. Written with
 * the test locale's marks, as all the variant's UI text is (tests/kit/locale.test.ts).
 */
export const VARIANT_WORDING = {
	'layout.skipLink': marked('Jump to what this page says'),
	'home.startHere': marked('Where to begin'),
	'topics.count': marked('{count} pieces of writing'),
} as const;

/** The variant's own stylesheet (`customCss`), and the rule in it, which must reach the site's stylesheet. */
export const VARIANT_CSS = { path: './src/styles/riverside.css', rule: '.riverside-band { border-top: 0.375rem solid #ffbf47; }' } as const;

/** The variant's own header (`components.Header`): the kit's, wrapped in a band of its own that carries `marker`. */
export const VARIANT_HEADER = { path: './src/components/RiversideHeader.astro', marker: 'data-riverside-header' } as const;
const HEADER_COMPONENT = `---
// Riverside's header: the kit's own, inside a band of Riverside's (tests/support/variant-site.ts).
import SiteHeader from 'sharing-care/components/SiteHeader.astro';
---

<div class="riverside-band" ${VARIANT_HEADER.marker}>
	<SiteHeader />
</div>
`;

export const VARIANT_STEPS: VariantStep[] = [
	{
		name: 'another co-op’s config: its own names, colours, contact details (no email) and logo, with the decisions register switched off',
		run: (dir) => {
			mkdirSync(join(dir, 'src', 'assets'), { recursive: true });
			writeFileSync(join(dir, VARIANT_LOGO.src), LOGO_SVG);
			writeSiteConfig(dir, VARIANT_CONFIG);
		},
	},
	// After the config step, which writes site.config.ts whole.
	{ name: 'a kind of entry of its own, added as one module and one line (tests/kit/registry.test.ts)', run: addTestCollection },
	{ name: 'its own language: a strings table that marks every piece of UI text (tests/kit/locale.test.ts)', run: useTestLocale },
	{
		name: 'a post of its own',
		run: (dir) => {
			writeFileSync(
				join(dir, 'content', `${VARIANT_POST.path.slice(0, -1)}.md`),
				`---\ntitle: ${VARIANT_POST.title}\nsummary: The first post written by the co-op by the river.\ndate: 2025-04-01\ntopics: [co-production]\n---\n\nOnly this post mentions the ${VARIANT_POST.word}.\n\n![The site's icon](/icon.svg)\n`,
			);
		},
	},
	{
		name: 'its own wording, stylesheet and header, from its own files: content/strings.yaml, customCss and a header that wraps the kit’s',
		run: (dir) => {
			const wording = Object.entries(VARIANT_WORDING).map(([key, words]) => `${key}: ${JSON.stringify(words)}\n`);
			writeFileSync(join(dir, 'content', 'strings.yaml'), `# Riverside's own words for the site's text, by key.\n${wording.join('')}`);
			for (const [path, text] of [
				[VARIANT_CSS.path, `${VARIANT_CSS.rule}\n`],
				[VARIANT_HEADER.path, HEADER_COMPONENT],
			] as const) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			}
			addToSiteConfig(dir, { customCss: [VARIANT_CSS.path], components: { Header: VARIANT_HEADER.path } });
		},
	},
];

/** Turns a copy of the fixture site into the variant, one step after another. */
export async function prepareVariantSite(dir: string): Promise<void> {
	for (const step of VARIANT_STEPS) await step.run(dir);
}

import { SiteConfigSchema } from '../../config/schema.ts';

const { shape } = SiteConfigSchema;

/** A value written as TypeScript source, in the project's style: single quotes unless the text has one. */
function literal(value: unknown): string {
	if (typeof value === 'string') return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
	if (value && typeof value === 'object') {
		return `{ ${Object.entries(value)
			.map(([key, inner]) => `${key}: ${literal(inner)}`)
			.join(', ')} }`;
	}
	return String(value);
}

/** One `key: value,` line per field of an object, each commented out or not. */
function fields(values: Record<string, unknown>, indent: string, commented = false): string {
	return Object.entries(values)
		.map(([key, value]) => `${indent}${commented ? '// ' : ''}${key}: ${literal(value)},`)
		.join('\n');
}

/**
 * The `site.config.ts` of a blank site, as `npm run new-site` writes it: every text a co-op must write is a
 * `WRITE` placeholder that `npm run check` refuses until it is filled in, each with a comment saying what
 * goes there. Optional settings show the schema's defaults (read from the schema, never repeated) to change.
 */
export function renderBlankSiteConfig(): string {
	const colours = shape.colours.parse(undefined);
	const features = shape.features.parse(undefined);
	return `/**
 * The one file a co-op edits to make this site its own.
 *
 * Replace every "WRITE" placeholder with your own words, then run  npm run check : it lists anything still
 * to fill in. Every field is explained in src/config/schema.ts, and FORKING.md walks through it step by step.
 */
import { defineSiteConfig } from './src/config/schema.ts';

export default defineSiteConfig({
	// Your co-op's full name, as it appears in page titles, the header and feeds.
	name: "WRITE: your co-op's full name",
	// A short name, 24 characters at most, for the icon on a phone's home screen.
	shortName: 'WRITE: short name',
	// One sentence saying what this site is: the home page heading, and what search engines show.
	tagline: 'WRITE: one sentence saying what this site is',
	// A few sentences for the home page: who you are and who the site is for.
	// Start a new paragraph with \\n\\n inside the quotes.
	introduction: 'WRITE: a short introduction for the home page',
	// The address the site is published at, without a folder, for example 'https://care.example.org'.
	// On GitHub Pages the deploy workflow fills this in for you (it sets SITE_URL).
	url: 'https://WRITE-your-site-address.example',
	// The folder the site lives in: '/' for its own address. GitHub Pages sets it for you (BASE_PATH).
	basePath: ${literal(shape.basePath.parse(undefined))},
	// The language of the site: 'en-GB' (English, UK). To translate it, see "Rewording or translating the site" in FORKING.md.
	locale: ${literal(shape.locale.parse(undefined))},
	// How dates are shown. Remove the // to change it.
	// dateFormat: ${literal(shape.dateFormat.parse(undefined))},
	// Your logo: put the file in src/assets/ (an .svg or .png) and remove the // from the line below.
	// logo: { src: 'src/assets/logo.svg', alt: "Your co-op's name" },
	// The small icon browsers show in tabs: '/icon.svg' is a heart in your brand colours.
	// For your own, put an .svg file in public/ and write its name here, such as '/our-icon.svg'.
	favicon: ${literal(shape.favicon.parse(undefined))},
	// Your colours, as six-digit hex values. Remove the // in front of any you change.
	// The check refuses text colours that are hard to read on their background (WCAG AA, 4.5:1).
	colours: {
${fields(colours, '\t\t', true)}
	},
	// Extra links in the header, for example { label: 'Our main website', href: 'https://care.example.org' }.
	// Links inside this site start with '/', such as '/topics/'.
	navigation: [],
	// A line at the foot of every page, for example your registered name and society number.
	footerText: 'WRITE: a line for the foot of every page',
	// How people reach you, shown in the footer. Remove the // in front of the ones to publish.
	contact: {
		// email: 'hello@care.example.org',
		// phone: '01234 567890',
		// address: '1 High Street, Example Town, EX1 2MP',
	},
	// The accessibility statement at /accessibility/: when you prepared it, and last reviewed it, as 'YYYY-MM-DD'.
	// Remove the // once you have checked it against your site.
	// accessibility: ${literal(shape.accessibility.parse(undefined))},
	// Your pages elsewhere, for example { label: 'Facebook', href: 'https://www.facebook.com/yourcoop' }.
	social: [],
	// The licence your content is published under. Remove the // to change it.
	// licence: ${literal(shape.licence.parse(undefined))},
	// Parts of the site to switch on (true) or off (false).
	features: {
${fields(features, '\t\t')}
	},
});
`;
}

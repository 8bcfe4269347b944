import { z } from 'astro/zod';
import { contrastRatio } from '../lib/graphics/contrast-ratio.ts';
import { hasPlaceholder, PLACEHOLDER_MARK } from '../lib/text/has-placeholder.ts';
import { parseCalendarDate } from '../lib/dates/parse-calendar-date.ts';

/** Colour pairs that carry text, foreground first: each must reach WCAG AA (4.5:1). */
export const CONTRAST_PAIRS = [
	['text', 'background'],
	['text', 'surface'],
	['muted', 'background'],
	['muted', 'surface'],
	['brand', 'background'],
	['onBrand', 'brand'],
	['text', 'focus'],
] as const;

/** The smallest contrast ratio WCAG 2.2 AA allows for body text. */
export const MINIMUM_CONTRAST = 4.5;

const PLACEHOLDER_ERROR = `This still holds a ${PLACEHOLDER_MARK} placeholder. Replace it with your own words (the comment above it in site.config.ts says what goes here).`;

/** Text a person writes: not empty, and no `WRITE:` placeholder left from a new site's config (`npm create sharing-care`). */
const text = () =>
	z
		.string()
		.trim()
		.min(1, { error: 'This is empty. Write something here, or remove the line.' })
		.refine((value) => !hasPlaceholder(value), { error: PLACEHOLDER_ERROR });

/** A full `http://` or `https://` address, with no placeholder left in it. */
const webAddress = () =>
	z
		.url({ protocol: /^https?$/, error: 'Write a full address starting with https://, for example "https://care.example.org".' })
		.refine((value) => !hasPlaceholder(value), { error: PLACEHOLDER_ERROR });

/** A day written `YYYY-MM-DD`, for example `2026-11-30`. */
const calendarDay = () =>
	z.string().refine((value) => parseCalendarDate(value) !== undefined, { error: 'Write the date as YYYY-MM-DD, for example "2026-11-30".' });

/** The day the kit's accessibility statement was written: the statement's preparation date until a site gives its own. */
export const KIT_STATEMENT_PREPARED = '2026-11-30';

/** A stylesheet of the site's own, as a path from the project's folder (where site.config.ts is) starting with `./`. */
const stylesheetPath = z.string().regex(/^\.\/\S+\.css$/, {
	error: 'Give the path of the stylesheet from the project folder, starting with "./" and ending in ".css", for example "./src/styles/custom.css".',
});

/** The kit's own component that a site's may replace (`components`), as its package exports it. */
export const KIT_COMPONENTS = {
	Header: 'sharing-care/components/SiteHeader.astro',
	Footer: 'sharing-care/components/SiteFooter.astro',
	HomeIntroduction: 'sharing-care/components/HomeIntroduction.astro',
} as const;

/** A component that replaces one of the kit's: a `.astro` file of the site's own, or (the default) the kit's. */
const componentPath = (kitDefault: string, example: string) =>
	z
		.string()
		.refine((value) => value === kitDefault || /^\.\/\S+\.astro$/.test(value), {
			error: `Give the path of your component from the project folder, starting with "./" and ending in ".astro", for example "${example}". Or remove the line to keep the kit’s own.`,
		})
		.default(kitDefault);

/** A colour written as a six-digit hex value, for example `#1d70b8`. */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Write colours as six-digit hex values, for example "#1d70b8".' });

/** A link in the header navigation or the footer. */
const LinkSchema = z.strictObject({
	/** The words people see. */
	label: text(),
	/**
	 * Where it goes. Paths starting with `/` are inside this site and get the base path added for you;
	 * anything else must be a full `https://` address (or `mailto:`).
	 */
	href: text().regex(/^(\/(?!\/)|https?:\/\/[^/\s]+|mailto:\S+@\S+)/, {
		error: 'Start a link inside this site with "/" (for example "/topics/"), and any other link with "https://".',
	}),
});

const SocialSchema = z.strictObject({
	/** The name of the service, shown to readers, for example "Facebook". */
	label: text(),
	/** The full address of your page on that service, starting with `https://`. */
	href: webAddress(),
});

/**
 * The whole site configuration. Every brand value a co-op changes is here, with its default.
 * Edit `site.config.ts` at the top of the project; nothing else holds names, colours or contact details.
 */
export const SiteConfigSchema = z.strictObject({
	/** The co-op's full name, used in page titles, the header, feeds and the web manifest. */
	name: text(),
	/** A short name for small spaces (the web manifest, the home-screen icon label): 24 characters at most. */
	shortName: text().max(24, { error: 'Keep the short name to 24 characters or fewer: it labels the icon on a phone home screen.' }),
	/** One sentence saying what the site is, shown under the name and used as the default description. */
	tagline: text(),
	/**
	 * A short introduction shown on the home page: what this site is and who it is for.
	 * Plain text; separate paragraphs with a blank line.
	 */
	introduction: text(),
	/**
	 * The address the site is published at, without the base path, for example `https://care.example.org`.
	 * Overridden at build time by the `SITE_URL` environment variable.
	 */
	url: webAddress().refine((value) => URL.canParse(value) && new URL(value).pathname.replace(/\/+$/, '') === '', {
		error: 'Give the address without a folder, for example "https://example.github.io", and put the folder in basePath ("/sharing-care/").',
	}),
	/**
	 * The folder the site lives under on its host, for example `/sharing-care/` for a GitHub Pages project
	 * site. `/` when the site has its own domain. Overridden at build time by `BASE_PATH`.
	 */
	basePath: z
		.string()
		.regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { error: 'The base path starts and ends with "/", for example "/" or "/coop-kit/".' })
		.default('/'),
	/**
	 * The language of the site, as a BCP 47 tag: `en-GB` (British English) is the one the kit comes with. It picks the
	 * kit's strings table for every word of the site's interface, and sets `<html lang>`, the search index's language
	 * and how dates and numbers are written. A site rewords any of those words in `content/strings.yaml`.
	 */
	locale: z
		.string()
		.refine(isLocale, {
			error: 'Write the language as a tag such as "en-GB" (English, UK).',
		})
		.default('en-GB'),
	/** How dates are shown to readers, as `Intl.DateTimeFormat` options. */
	dateFormat: z
		.strictObject({
			/** The day: `numeric` (5) or `2-digit` (05). Leave out to hide it. */
			day: z.enum(['numeric', '2-digit']).optional(),
			/** The month: `long` (March), `short` (Mar), `numeric` (3) or `2-digit` (03). Leave out to hide it. */
			month: z.enum(['numeric', '2-digit', 'long', 'short']).optional(),
			/** The year: `numeric` (2025) or `2-digit` (25). Leave out to hide it. */
			year: z.enum(['numeric', '2-digit']).optional(),
		})
		.default({ day: 'numeric', month: 'long', year: 'numeric' }),
	/**
	 * The logo shown in the header: a path to an SVG or PNG, with its text alternative. In `public/` the file is
	 * published as it is (best for an SVG); in `src/assets/` it is optimised when the site is built (best for a PNG).
	 * Leave out to show the name as text only.
	 */
	logo: z
		.strictObject({
			/** Path from the project root, for example `public/logo.svg` or `src/assets/logo.png`. */
			src: z.string().regex(/^(public|src\/assets)\/.+\.(svg|png)$/, { error: 'Put the logo in public/ or src/assets/ as an .svg or .png file.' }),
			/** What the logo says, for people who cannot see it. Usually the co-op's name. */
			alt: text(),
		})
		.optional(),
	/**
	 * The icon browsers show in tabs (and phones on the home screen). The default, `/icon.svg`, is a heart drawn
	 * at build time in the brand colours. For your own, put an SVG file in `public/` and write its path on the
	 * site: `/our-icon.svg` for `public/our-icon.svg`.
	 */
	favicon: z
		.string()
		.regex(/^\/[^/].*\.svg$/, { error: 'Put the icon in public/ as an .svg file and write its path from there, for example "/our-icon.svg".' })
		.default('/icon.svg'),
	/** Brand colours. Text and background pairs must pass WCAG AA contrast (4.5:1); the build checks. */
	colours: z
		.strictObject({
			/** Links, buttons and the header band. */
			brand: hexColour.default('#1b5e4a'),
			/** Text on top of the brand colour. */
			onBrand: hexColour.default('#ffffff'),
			/** The main text colour. */
			text: hexColour.default('#1f2328'),
			/** Quieter text such as dates and captions. */
			muted: hexColour.default('#4f5660'),
			/** The page background. */
			background: hexColour.default('#ffffff'),
			/** Panels and cards. */
			surface: hexColour.default('#f3f5f4'),
			/** The keyboard focus highlight (behind focused links). */
			focus: hexColour.default('#ffdd00'),
		})
		.prefault({})
		.superRefine((colours, ctx) => {
			for (const [foreground, background] of CONTRAST_PAIRS) {
				const ratio = contrastRatio(colours[foreground], colours[background]);
				if (ratio < MINIMUM_CONTRAST) {
					ctx.addIssue({
						code: 'custom',
						path: [foreground],
						message: `${foreground} (${colours[foreground]}) on ${background} (${colours[background]}) has a contrast ratio of ${ratio.toFixed(2)}:1; WCAG AA needs at least ${MINIMUM_CONTRAST}:1. Choose a darker or lighter colour.`,
					});
				}
			}
		}),
	/**
	 * Stylesheets of the site's own, loaded on every page after the kit's styles, so their rules win where both style
	 * the same thing: paths from the project's folder, for example `['./src/styles/custom.css']`. They go into the
	 * site's one stylesheet file (no styles are written into the pages, which the site's Content Security Policy
	 * would refuse). For colours, set `colours` instead: the build checks their contrast.
	 */
	customCss: z.array(stylesheetPath).default([]),
	/**
	 * Components of the site's own that take the place of the kit's, as paths from the project's folder to `.astro`
	 * files. Each may import the kit's own to wrap it, for example
	 * `import SiteHeader from 'sharing-care/components/SiteHeader.astro'`. Leave a line out to keep the kit's.
	 */
	components: z
		.strictObject({
			/** The header of every page: the name, the search box and the navigation. Takes no props. */
			Header: componentPath(KIT_COMPONENTS.Header, './src/components/Header.astro'),
			/** The footer of every page: links, contact details and the licence. Takes no props. */
			Footer: componentPath(KIT_COMPONENTS.Footer, './src/components/Footer.astro'),
			/**
			 * The top of the home page: the page's heading (its only `<h1>`) and the introduction. Its props:
			 * `heading` (the tagline) and `paragraphs` (the introduction, split at blank lines).
			 */
			HomeIntroduction: componentPath(KIT_COMPONENTS.HomeIntroduction, './src/components/HomeIntroduction.astro'),
		})
		.prefault({}),
	/** Extra links in the header navigation, after the content types. */
	navigation: z.array(LinkSchema).default([]),
	/** A line of text at the foot of every page, for example the co-op's registration details. */
	footerText: text(),
	/**
	 * How people reach the co-op, shown in the footer and on the accessibility statement. Leave out any you do not
	 * want to publish.
	 */
	contact: z
		.strictObject({
			/**
			 * An email address, for example `hello@care.example.org`. With one, every entry ends with a "Report a problem
			 * with this page" link that writes to it, the page's address in the subject.
			 */
			email: z.email({ error: 'Write a whole email address, for example "hello@care.example.org".' }).optional(),
			/** A phone number, written as people should read it, for example `01484 000000`. */
			phone: text().min(5, { error: 'Write the whole phone number, for example "01484 000000".' }).optional(),
			/** Postal address, one line. */
			address: text().optional(),
		})
		.prefault({}),
	/**
	 * The accessibility statement at /accessibility/. Its words are in the strings table; how to report a problem
	 * comes from `contact` (or, without one, `social`). Review it when you change the templates or the colours.
	 */
	accessibility: z
		.strictObject({
			/** The day the statement was prepared, `YYYY-MM-DD`. Left out, the day the kit's statement was written. */
			prepared: calendarDay().default(KIT_STATEMENT_PREPARED),
			/** The day you last reviewed it against your site, `YYYY-MM-DD`. Leave it out until you do. */
			reviewed: calendarDay().optional(),
		})
		.prefault({}),
	/**
	 * Documents published with minutes and reports (`attachments` in an entry, CONTENT.md): agenda packs, accounts,
	 * AGM papers, policies.
	 */
	attachments: z
		.strictObject({
			/**
			 * The largest document, in megabytes, that an entry may publish: `npm run check` and the build stop on a
			 * bigger one. Big files are slow and costly to download on a phone. 20 when left out.
			 */
			maxSizeMB: z.number().positive({ error: 'Write a size above 0 megabytes, for example 20.' }).default(20),
		})
		.prefault({}),
	/** Links to the co-op's pages elsewhere. */
	social: z.array(SocialSchema).default([]),
	/** The licence the content is published under, shown in the footer and feeds. */
	licence: z
		.strictObject({
			/** The licence's short name, for example `CC BY 4.0`. */
			name: text(),
			/** The address of the licence's text. */
			href: webAddress(),
		})
		.default({ name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' }),
	/** The web editor at /admin/, where the board writes and publishes without code (EDITING.md). Everything here may be left out. */
	editor: z
		.strictObject({
			/**
			 * The GitHub repository it saves to, as `owner/name`. Left out, it is the repository the site is built from
			 * (on GitHub Actions or Netlify) or the one the local copy came from.
			 */
			repo: z
				.string()
				.regex(/^[\w.-]+\/[\w.-]+$/, { error: 'Write the repository as owner/name, for example "hillside-care/sharing-care".' })
				.optional(),
			/** The branch it saves to. Left out, the repository's main branch. */
			branch: text().optional(),
			/**
			 * The address of the sign-in service for signing in with a GitHub account (a small auth worker, EDITING.md).
			 * Leave it out on Netlify, which signs people in itself, or to sign in with an access token.
			 */
			authUrl: webAddress().optional(),
			/**
			 * Review before publishing: `true` makes every change in the editor a draft that someone marks ready for
			 * review and someone with the right to publishes (EDITING.md, "Review before publishing"). Until then the
			 * published site stays as it was. Needs the site's repository on GitHub, where each draft waits as a pull
			 * request: `npm run check` warns when it cannot find one. Left out, `false`: saving publishes.
			 */
			review: z.boolean().default(false),
		})
		.prefault({}),
	/** Turn parts of the site on or off. */
	features: z
		.strictObject({
			/** The search page and the search box in the header. */
			search: z.boolean().default(true),
			/** RSS feeds and the subscribe page. */
			feeds: z.boolean().default(true),
			/** Board minutes. */
			minutes: z.boolean().default(true),
			/** The decisions register and actions tracker (needs minutes). */
			decisions: z.boolean().default(true),
		})
		.prefault({}),
});

/** Whether text is a language tag that `Intl` understands and that starts with a two- or three-letter language, such as `en-GB`. */
function isLocale(tag: string): boolean {
	try {
		return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}

/** What a co-op writes in `site.config.ts`. */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The configuration with every default filled in. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** Declares the site configuration with type checking and editor help. Validation happens when the site builds. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
	return config;
}

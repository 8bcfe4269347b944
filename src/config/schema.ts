import { z } from 'astro/zod';
import { contrastRatio } from '../lib/contrast-ratio.ts';

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

/** A colour written as a six-digit hex value, for example `#1d70b8`. */
const hexColour = z
	.string()
	.regex(/^#[0-9a-fA-F]{6}$/, { error: 'Write colours as six-digit hex values, for example "#1d70b8".' });

/** A link in the header navigation or the footer. */
const LinkSchema = z.strictObject({
	/** The words people see. */
	label: z.string().min(1),
	/**
	 * Where it goes. Paths starting with `/` are inside this site and get the base path added for you;
	 * anything else must be a full `https://` address.
	 */
	href: z.string().min(1),
});

const SocialSchema = z.strictObject({
	/** The name of the service, shown to readers, for example "Facebook". */
	label: z.string().min(1),
	/** The full address of your page on that service. */
	href: z.url({ protocol: /^https?$/ }),
});

/**
 * The whole site configuration. Every brand value a fork changes is here, with its default.
 * Edit `site.config.ts` at the top of the project; nothing else holds names, colours or contact details.
 */
export const SiteConfigSchema = z.strictObject({
	/** The co-op's full name, used in page titles, the header, feeds and the web manifest. */
	name: z.string().min(1),
	/** A short name for small spaces (the web manifest, the home-screen icon label). */
	shortName: z.string().min(1).max(24),
	/** One sentence saying what the site is, shown under the name and used as the default description. */
	tagline: z.string().min(1),
	/**
	 * A short introduction shown on the home page: what this site is and who it is for.
	 * Plain text; separate paragraphs with a blank line.
	 */
	introduction: z.string().min(1),
	/**
	 * The address the site is published at, without the base path, for example `https://care.example.org`.
	 * Overridden at build time by the `SITE_URL` environment variable.
	 */
	url: z.url({ protocol: /^https?$/ }),
	/**
	 * The folder the site lives under on its host, for example `/sharing-care/` for a GitHub Pages project
	 * site. `/` when the site has its own domain. Overridden at build time by `BASE_PATH`.
	 */
	basePath: z
		.string()
		.regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { error: 'The base path starts and ends with "/", for example "/" or "/coop-kit/".' })
		.default('/'),
	/** The language of the site's words, as a BCP 47 tag. Used for `<html lang>` and date formatting. */
	locale: z.string().min(2).default('en-GB'),
	/** How dates are shown to readers, as `Intl.DateTimeFormat` options. */
	dateFormat: z
		.strictObject({
			day: z.enum(['numeric', '2-digit']).optional(),
			month: z.enum(['numeric', '2-digit', 'long', 'short']).optional(),
			year: z.enum(['numeric', '2-digit']).optional(),
		})
		.default({ day: 'numeric', month: 'long', year: 'numeric' }),
	/**
	 * The logo shown in the header: a path to an SVG or PNG under `src/assets/`, processed locally at build time,
	 * with its text alternative. Leave out to show the name as text only.
	 */
	logo: z
		.strictObject({
			/** Path from the project root, for example `src/assets/logo.svg`. */
			src: z.string().regex(/^src\/assets\/.+\.(svg|png)$/, { error: 'Put the logo in src/assets/ as an .svg or .png file.' }),
			/** What the logo says, for people who cannot see it. Usually the co-op's name. */
			alt: z.string().min(1),
		})
		.optional(),
	/** The favicon, an SVG under `public/`. */
	favicon: z.string().regex(/^\/.+\.svg$/).default('/favicon.svg'),
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
	/** Extra links in the header navigation, after the content types. */
	navigation: z.array(LinkSchema).default([]),
	/** A line of text at the foot of every page, for example the co-op's registration details. */
	footerText: z.string().min(1),
	/** How people reach the co-op. */
	contact: z
		.strictObject({
			email: z.email().optional(),
			phone: z.string().min(5).optional(),
			/** Postal address, one line. */
			address: z.string().min(1).optional(),
		})
		.prefault({}),
	/** Links to the co-op's pages elsewhere. */
	social: z.array(SocialSchema).default([]),
	/** The licence the content is published under, shown in the footer and feeds. */
	licence: z
		.strictObject({
			name: z.string().min(1),
			href: z.url({ protocol: /^https?$/ }),
		})
		.default({ name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' }),
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

/** What a fork writes in `site.config.ts`. */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The configuration with every default filled in. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** Declares the site configuration with type checking and editor help. Validation happens when the site builds. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
	return config;
}

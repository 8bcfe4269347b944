/**
 * The one file a co-op edits to make this site its own.
 *
 * Replace every "WRITE" placeholder with your own words, then run  npm run check : it lists anything still
 * to fill in. README.md says what each command does; every field is explained where the kit defines it,
 * in node_modules/sharing-care/src/config/schema.ts.
 */
import { defineSiteConfig } from 'sharing-care/config';

export default defineSiteConfig({
	// Your co-op's full name, as it appears in page titles, the header and feeds.
	name: "WRITE: your co-op's full name",
	// A short name, 24 characters at most, for the icon on a phone's home screen.
	shortName: 'WRITE: short name',
	// One sentence saying what this site is: the home page heading, and what search engines show.
	tagline: 'WRITE: one sentence saying what this site is',
	// A few sentences for the home page: who you are and who the site is for.
	// Start a new paragraph with \n\n inside the quotes.
	introduction: 'WRITE: a short introduction for the home page',
	// The address the site is published at, without a folder, for example 'https://care.example.org'.
	// On GitHub Pages the deploy workflow fills this in for you (it sets SITE_URL).
	url: 'https://WRITE-your-site-address.example',
	// The folder the site lives in: '/' for its own address. GitHub Pages sets it for you (BASE_PATH).
	basePath: '/',
	// The language of the site: 'en-GB' (English, UK), the language the kit's words are written in.
	locale: 'en-GB',
	// How dates are shown. Remove the // to change it.
	// dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },
	// Your logo in the header: public/logo.svg is a starter mark. Replace that file with your own logo (an .svg,
	// or a .png in src/assets/, which is optimised when the site is built), and say what it shows in alt: usually
	// your co-op's name. Remove the line to show your name as text only.
	logo: { src: 'public/logo.svg', alt: "WRITE: your co-op's name, as the logo shows it" },
	// The small icon browsers show in tabs: public/favicon.svg, a heart in a house. Replace that file with your own
	// .svg, or remove this line to use a heart drawn in your brand colours.
	favicon: '/favicon.svg',
	// Your colours, as six-digit hex values. Remove the // in front of any you change.
	// The check refuses text colours that are hard to read on their background (WCAG AA, 4.5:1).
	colours: {
		// brand: '#1b5e4a',
		// onBrand: '#ffffff',
		// text: '#1f2328',
		// muted: '#4f5660',
		// background: '#ffffff',
		// surface: '#f3f5f4',
		// focus: '#ffdd00',
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
	// accessibility: { prepared: '2026-11-30' },
	// Your pages elsewhere, for example { label: 'Facebook', href: 'https://www.facebook.com/yourcoop' }.
	social: [],
	// The licence your content is published under. Remove the // to change it.
	// licence: { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },
	// Parts of the site to switch on (true) or off (false).
	features: {
		search: true,
		feeds: true,
		minutes: true,
		decisions: true,
	},
});

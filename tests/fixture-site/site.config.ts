/**
 * The fixture site's config: a co-op of its own, so the tests never depend on the example content or its
 * config. Written as a fork writes site.config.ts; a test copy of the project takes it (and content/) from here,
 * with the import pointed at the copy's own src/ (tests/support/fixture-site.ts).
 */
import { defineSiteConfig } from 'sharing-care/config';

export default defineSiteConfig({
	name: 'Millbrook Care Co-operative',
	shortName: 'Millbrook Care',
	tagline: 'What a care co-op in the valley has learned, shared for anyone starting one.',
	introduction:
		'Millbrook Care Co-operative is owned by the care workers and the people they support in the Millbrook valley.\n\nStart with our learning report, then browse by topic.',
	url: 'https://millbrook.example.org',
	basePath: '/',
	locale: 'en-GB',
	footerText: 'Millbrook Care Co-operative Ltd, a fixture site for testing the kit.',
	contact: { email: 'hello@millbrook.example.org', phone: '01632 960123', address: '4 Weavers Row, Millbrook' },
	accessibility: { prepared: '2025-06-02', reviewed: '2026-01-12' },
	social: [
		{ label: 'Facebook', href: 'https://www.facebook.com/millbrookcarecoop' },
		{ label: 'Twitter', href: 'https://twitter.com/millbrookcare' },
	],
	navigation: [{ label: 'Our website', href: 'https://www.millbrook.example.org/' }],
});

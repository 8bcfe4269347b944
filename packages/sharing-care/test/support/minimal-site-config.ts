/** The fewest fields a site config may give (every other field has a default), for the kit's unit tests; frozen, as test files share it. */
export const MINIMAL_SITE_CONFIG = Object.freeze({
	name: 'Example Care Co-op',
	shortName: 'Example',
	tagline: 'Learning shared.',
	introduction: 'Hello.',
	url: 'https://example.org',
	footerText: 'Example.',
});

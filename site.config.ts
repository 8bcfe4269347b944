/**
 * The one file a co-op edits to make this site its own.
 * Every field is explained in src/config/schema.ts; FORKING.md walks through it step by step.
 */
import { defineSiteConfig } from './src/config/schema.ts';

export default defineSiteConfig({
	name: 'Co-operative Care Colne Valley',
	shortName: 'CCCV Sharing Care',
	tagline: 'What we learned setting up a care co-operative, shared for anyone starting one.',
	introduction:
		'Co-operative Care Colne Valley (CCCV) is a care co-operative owned by the people who give and receive care. Through the Sharing Care project we are publishing what we learned while setting up: our funded project reports, a community audit of small care providers, practice examples of co-production in social care, and blog posts about co-production.\n\nIf you are thinking of starting a care co-op, start with our final learning report, then browse by topic.',
	url: 'https://www.valleycare.coop',
	basePath: '/',
	locale: 'en-GB',
	footerText: 'Sharing Care is the learning project of Co-operative Care Colne Valley (CCCV).',
	social: [
		{ label: 'Facebook', href: 'https://www.facebook.com/valleycarecoop' },
		{ label: 'Twitter', href: 'https://twitter.com/valleycarecoop' },
		{ label: 'Instagram', href: 'https://www.instagram.com/cooperativecarecolnevalley' },
	],
	navigation: [{ label: 'Our website', href: 'http://www.valleycare.coop' }],
});

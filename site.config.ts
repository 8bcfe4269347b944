/**
 * The one file a co-op edits to make this site its own.
 * Every field is explained in the kit's config schema (sharing-care/config); docs/starting-a-site.md walks through it.
 */
import { defineSiteConfig } from 'sharing-care/config';

export default defineSiteConfig({
	name: 'Co-operative Care Colne Valley',
	shortName: 'CCCV Sharing Care',
	tagline: 'What we learned setting up a care co-operative, with writing by others on co-production, shared for anyone starting one.',
	introduction:
		'Co-operative Care Colne Valley (CCCV) is a care co-operative with user members (the people we support), staff members and investor members. In 2022 we were still setting up the systems to formally invite our user members and staff members to become official society members.\n\nOur Sharing Care project, supported by Power to Change, shares what we have learned while setting up our care co-op with anyone thinking of setting one up in their own community: our final learning report and a community audit of small care providers. Alongside them are pieces about co-production that others wrote: a practice example on Cheshire East Council’s New Belongings project and blog posts by writers from SCIE, My Home Life England, PRSB, Community Catalysts and the CareTech Foundation.\n\nIf you are thinking of starting a care co-op, start with our final learning report, then browse by topic.',
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

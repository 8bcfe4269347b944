// The modules through which kit pages reach what a site may replace (src/integration/site-overrides.ts), as
// site.config.ts `customCss` and `components` name them.

declare module 'virtual:sharing-care/custom-css' {}

declare module 'virtual:sharing-care/components/Header' {
	/** The header of every page: the site's own (`components.Header`) or the kit's SiteHeader. Takes no props. */
	const Header: typeof import('./components/SiteHeader.astro').default;
	export default Header;
}

declare module 'virtual:sharing-care/components/Footer' {
	/** The footer of every page: the site's own (`components.Footer`) or the kit's SiteFooter. Takes no props. */
	const Footer: typeof import('./components/SiteFooter.astro').default;
	export default Footer;
}

declare module 'virtual:sharing-care/components/HomeIntroduction' {
	/**
	 * The top of the home page: the site's own (`components.HomeIntroduction`) or the kit's. Props: `heading` (the
	 * page's `<h1>`: the tagline) and `paragraphs` (the introduction, a paragraph each).
	 */
	const HomeIntroduction: typeof import('./components/HomeIntroduction.astro').default;
	export default HomeIntroduction;
}

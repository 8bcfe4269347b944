/** The colours the site's icon is drawn in. */
export interface IconColours {
	/** The rounded square behind the heart. */
	brand: string;
	/** The heart. */
	onBrand: string;
}

/**
 * The site's default icon (the favicon, and the web manifest's icon): a heart on a rounded square, drawn in
 * the brand colours from the site config, so a site's icon changes with its colours.
 */
export function drawIcon({ brand, onBrand }: IconColours): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${brand}"/><path d="M16 26s-9-5.6-9-12a5 5 0 0 1 9-3 5 5 0 0 1 9 3c0 6.4-9 12-9 12z" fill="${onBrand}"/></svg>\n`;
}

import { escapeXml } from '../feeds/escape-xml.ts';
import { wrapWords } from '../text/wrap-words.ts';

export interface ShareCardOptions {
	/** The co-op's name, the largest text. */
	title: string;
	/** A line under the name. */
	subtitle: string;
	/** A short footer, such as the site's address without `https://`. */
	footer: string;
	colours: { brand: string; onBrand: string; focus: string };
	width?: number;
	height?: number;
}

/** Fonts every build machine is likely to have; the card names no font that would have to be fetched. */
const FONTS = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
/** Rough average character widths as a share of the font size, for wrapping without measuring text. */
const BOLD_CHARACTER = 0.62;
const REGULAR_CHARACTER = 0.55;

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
	return lines.map((line, index) => `<text x="${x}" y="${y + index * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`).join('');
}

/**
 * The default picture shown when a page is shared (Open Graph and Twitter cards): an SVG card in the brand
 * colours with the site's name, tagline and address, ready to be turned into a PNG. 1200 × 630 by default.
 */
export function drawShareCard({ title, subtitle, footer, colours, width = 1200, height = 630 }: ShareCardOptions): string {
	const margin = Math.round(width * 0.07);
	const textWidth = width - margin * 2;
	const titleSize = Math.round(height * 0.1);
	const subtitleSize = Math.round(height * 0.055);
	const footerSize = Math.round(height * 0.04);
	const titleLines = wrapWords(title, Math.floor(textWidth / (titleSize * BOLD_CHARACTER)), 3);
	const subtitleLines = wrapWords(subtitle, Math.floor(textWidth / (subtitleSize * REGULAR_CHARACTER)), 3);
	const titleTop = Math.round(height * 0.26);
	const subtitleTop = titleTop + titleLines.length * Math.round(titleSize * 1.2) + Math.round(subtitleSize * 0.8);
	const fill = `fill="${colours.onBrand}" font-family="${FONTS}"`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="${colours.brand}"/>`,
		`<rect x="0" y="${height - Math.round(height * 0.04)}" width="${width}" height="${Math.round(height * 0.04)}" fill="${colours.focus}"/>`,
		`<rect x="${margin}" y="${Math.round(height * 0.12)}" width="${Math.round(width * 0.08)}" height="${Math.round(height * 0.02)}" fill="${colours.focus}"/>`,
		textBlock(titleLines, margin, titleTop, titleSize, Math.round(titleSize * 1.2), `font-weight="700" ${fill}`),
		textBlock(subtitleLines, margin, subtitleTop, subtitleSize, Math.round(subtitleSize * 1.35), fill),
		textBlock([footer], margin, height - Math.round(height * 0.1), footerSize, footerSize, fill),
		'</svg>',
	].join('');
}

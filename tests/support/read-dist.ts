import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file in a built site, as paths relative to it, sorted. */
export function listFiles(dist: string, extension?: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: false })
		.filter((file) => !extension || file.endsWith(extension))
		.map((file) => relative(dist, join(dist, file)))
		.sort();
}

/** The visible text of an HTML page: tags dropped (block ends become spaces), entities decoded, whitespace folded. */
export function htmlToText(html: string): string {
	return decodeEntities(
		html
			.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/<\/?(p|div|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|nav|main|tr|td|th|dt|dd|dl|br|figure|figcaption|table|thead|tbody)\b[^>]*>/gi, ' ')
			.replace(/<[^>]+>/g, ''),
	)
		.replace(/\s+/g, ' ')
		.trim();
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

/** Reads a built page by its site path: `blog/my-post/` → `blog/my-post/index.html`. */
export function readPage(dist: string, path: string): string {
	const clean = path.replace(/^\/+/, '');
	return readFileSync(join(dist, clean.endsWith('.html') ? clean : join(clean, 'index.html')), 'utf8');
}

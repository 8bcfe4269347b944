import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeHtml, readText } from '../../packages/sharing-care/src/lib/html/read-html.ts';

/** Every file in a built site, as paths relative to it, sorted. */
export function listFiles(dist: string, extension?: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: false })
		.filter((file) => !extension || file.endsWith(extension))
		.map((file) => relative(dist, join(dist, file)))
		.sort();
}

/** The visible text of an HTML page: tags dropped (block ends become spaces), entities decoded, whitespace folded. */
export const htmlToText = readText;

/** Decodes the character references in text taken from a page or a feed (`&amp;`, `&#8217;`), reading `&nbsp;` as a space. */
export function decodeEntities(text: string): string {
	return decodeHtml(text).replace(/\u00a0/g, ' ');
}

/** Reads a built page by its site path: `blog/my-post/` → `blog/my-post/index.html`. */
export function readPage(dist: string, path: string): string {
	const clean = path.replace(/^\/+/, '');
	return readFileSync(join(dist, clean.endsWith('.html') ? clean : join(clean, 'index.html')), 'utf8');
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePage } from './parse-page.ts';

/** Every file in a built site, as paths relative to it, sorted. */
export function listFiles(dist: string, extension?: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: false })
		.filter((file) => !extension || file.endsWith(extension))
		.map((file) => relative(dist, join(dist, file)))
		.sort();
}

/** The text a reader sees on an HTML page or in a fragment of one, whitespace folded: `parsePage(html).text()`. */
export function htmlToText(html: string): string {
	return parsePage(html).text();
}

/** Reads a built page by its site path: `blog/my-post/` → `blog/my-post/index.html`. */
export function readPage(dist: string, path: string): string {
	const clean = path.replace(/^\/+/, '');
	return readFileSync(join(dist, clean.endsWith('.html') ? clean : join(clean, 'index.html')), 'utf8');
}

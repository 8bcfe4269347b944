import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The pages parsed so far, by path, with the HTML each was parsed from. */
const parsed = new Map<string, { html: string; tree: Root }>();

/**
 * A page of a built site (or an SVG file), parsed into a hast tree. `sharing-care check-site` and `sharing-care test`
 * run the whole-site checks one after another in one process, and each reads every page: each page is parsed once
 * and its tree shared while the file holds the same HTML. The checks only read the trees; none may change one.
 */
export function readBuiltPage(path: string): Root {
	const html = readFileSync(path, 'utf8');
	const known = parsed.get(path);
	if (known?.html === html) return known.tree;
	const tree = fromHtml(html);
	parsed.set(path, { html, tree });
	return tree;
}

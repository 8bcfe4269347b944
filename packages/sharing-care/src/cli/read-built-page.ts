import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * How much HTML (in characters) the shared trees may stand for. A tree takes about 13 times the memory of its HTML,
 * so this keeps them to a few hundred megabytes: every page of a site of a thousand or so entries is shared, and on
 * a larger site the pages beyond it are parsed by each check that reads them, as they would be without sharing.
 */
export const SHARED_HTML_BUDGET = 32 * 1024 * 1024;

/** The trees parsed so far, by the HTML each was parsed from. */
const parsed = new Map<string, Root>();
/** How much HTML the trees in `parsed` were parsed from. */
let sharedHtml = 0;

/**
 * HTML parsed into a hast tree, shared: the same HTML gives the same tree, parsed once, while the trees kept stand
 * for at most SHARED_HTML_BUDGET of HTML (HTML beyond it is parsed each time it is read). Read the tree; never change it.
 */
export function parseSharedHtml(html: string): Root {
	const known = parsed.get(html);
	if (known) return known;
	const tree = fromHtml(html);
	if (sharedHtml + html.length <= SHARED_HTML_BUDGET) {
		parsed.set(html, tree);
		sharedHtml += html.length;
	}
	return tree;
}

/**
 * A page of a built site (or an SVG file), parsed into a hast tree. `sharing-care check-site` and `sharing-care test`
 * run the whole-site checks one after another in one process, and each reads every page: each page is parsed once
 * and its tree shared while the file holds the same HTML (parseSharedHtml). The checks only read the trees; none may
 * change one.
 */
export function readBuiltPage(path: string): Root {
	return parseSharedHtml(readFileSync(path, 'utf8'));
}

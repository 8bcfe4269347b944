/** An HTML tag: whether it closes, its name, and whether it closes itself (`<br />`). */
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/gi;

/**
 * How many of the named elements a piece of HTML leaves open, counting each opening tag as one and each closing tag
 * as minus one: `<a href="/x">` is 1, `</a>` is -1, `<a href="/x">here</a>` is 0. Comments and self-closing tags
 * count for nothing. Markdown keeps HTML written inside a paragraph as pieces like these, with its text between them.
 */
export function countOpenTags(html: string, names: ReadonlySet<string>): number {
	let open = 0;
	for (const [, closing, name, selfClosing] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
		if (!names.has(name!.toLowerCase()) || selfClosing) continue;
		open += closing ? -1 : 1;
	}
	return open;
}

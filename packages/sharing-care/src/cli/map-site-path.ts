/**
 * Maps between the files of a built site and the address paths a static host serves them at,
 * under the site's base path (`/` or `/coop-kit/`).
 */

/** The address path of a built file: `blog/x/index.html` → `/coop-kit/blog/x/`, `rss.xml` → `/coop-kit/rss.xml`. */
export function pathOfFile(file: string, base: string): string {
	const clean = file.split('\\').join('/');
	if (clean === 'index.html') return base;
	return `${base}${clean.endsWith('/index.html') ? clean.slice(0, -'index.html'.length) : clean}`;
}

/**
 * The built files that could answer an address path, in the order a static host tries them, or
 * `null` when the path is outside the base path. `/coop-kit/blog/x/` → `['blog/x/index.html']`;
 * `/coop-kit/blog/x` → `['blog/x', 'blog/x/index.html', 'blog/x.html']`.
 */
export function filesForPath(pathname: string, base: string): string[] | null {
	const path = pathname === base.slice(0, -1) ? base : pathname;
	if (!path.startsWith(base)) return null;
	let relative: string;
	try {
		relative = decodeURIComponent(path.slice(base.length));
	} catch {
		relative = path.slice(base.length);
	}
	if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
	return [relative, `${relative}/index.html`, `${relative}.html`];
}

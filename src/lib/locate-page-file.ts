const HAS_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * The file, relative to the build output, that a static host serves for an address of this site:
 * `https://example.org/coop-kit/blog/x/` (or `…/blog/x`) under base `/coop-kit/` → `blog/x/index.html`;
 * an address with an extension (`…/rss.xml`) is that file. Undefined for addresses outside the base path.
 */
export function locatePageFile(url: string, basePath: string): string | undefined {
	const pathname = decodeURIComponent(new URL(url).pathname);
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	const path = HAS_EXTENSION.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
	if (!path.startsWith(base)) return undefined;
	const relative = path.slice(base.length);
	return HAS_EXTENSION.test(relative) ? relative : `${relative}index.html`;
}

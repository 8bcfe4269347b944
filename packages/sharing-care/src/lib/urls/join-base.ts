/**
 * Puts a site path under the base path: `joinBase('/coop-kit/', '/topics/care/')` → `/coop-kit/topics/care/`.
 * Full addresses (`https://…`, `mailto:`) and in-page anchors pass through unchanged.
 */
export function joinBase(base: string, path: string): string {
	if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(path)) return path;
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	const cleanPath = path.replace(/^\/+/, '');
	if (cleanBase !== '/' && `/${cleanPath}`.startsWith(cleanBase)) return `/${cleanPath}`;
	return `${cleanBase}${cleanPath}`;
}

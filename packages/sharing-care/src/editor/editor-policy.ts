/**
 * The web editor's Content Security Policy: its page's `<meta>` and the `_headers` rule for its folder. It needs
 * more than content pages, which keep theirs: the editor writes its styles into the page as it runs (no hash can
 * list them in advance), previews pictures from `blob:` addresses and, once someone signs in, reads and commits
 * through GitHub's API. Everything else, scripts and fonts included, comes from the site itself.
 */

/** GitHub's API: the only other address the editor talks to, and only once someone signs in to GitHub. */
export const GITHUB_API = 'https://api.github.com';

/** The editor page's policy, as its `<meta>` carries it. */
export const EDITOR_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"media-src 'self' blob:",
	"font-src 'self'",
	`connect-src 'self' blob: data: ${GITHUB_API}`,
	"worker-src 'self' blob:",
	"frame-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/**
 * Headers for the editor's folder that differ from the site's: signing in with GitHub opens a window on another
 * address, which must be able to hand the sign-in back (Cross-Origin-Opener-Policy), and search engines leave it out.
 */
export const EDITOR_HEADERS: Record<string, string> = {
	'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
	'X-Robots-Tag': 'noindex',
};

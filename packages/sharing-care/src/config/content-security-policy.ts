/**
 * The site's Content Security Policy, in one place. Astro writes it into a `<meta>` tag on every page
 * (adding a hash for each script and style it emits), and `src/integration/write-headers.ts` repeats it, with the
 * hashes of every page merged, in the `_headers` file that static hosts send as real HTTP headers.
 *
 * The built site loads nothing from any other host, so every source is `'self'`.
 */

/** Where scripts may come from: the site's own files, and WebAssembly compiled from them (Pagefind's search index). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Where stylesheets may come from: the site's own files (Astro adds a hash for each inline `<style>`). */
export const STYLE_SOURCES = ["'self'"] as const;

/** The directives every page carries, in its `<meta>` tag and in the headers. */
export const PAGE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	// Pagefind searches in a web worker loaded from the site itself.
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): only the headers send these. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

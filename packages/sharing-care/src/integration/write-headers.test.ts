import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { headersForPath, parseHeadersFile } from '../lib/headers/format-headers-file.ts';
import { parseCsp } from '../lib/headers/merge-csp.ts';
import { buildSiteCsp, writeHeaders } from './write-headers.ts';

afterAll(removeTempSites);

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('buildSiteCsp', () => {
	it('merges the hashes of every page’s policy with the site policy and the header-only directives', () => {
		const dist = writeTempSite({
			'index.html': page('/', '', { head: meta("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-one='; style-src 'self' 'sha256-two='") }),
			'blog/index.html': page('/blog/', '', { head: meta("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-three='; style-src 'self'") }),
		});
		const csp = parseCsp(buildSiteCsp(dist));
		expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-three='", "'sha256-one='"]);
		expect(csp.get('style-src')).toEqual(["'self'", "'sha256-two='"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
		expect(csp.get('object-src')).toEqual(["'none'"]);
	});
});

describe('buildSiteCsp, reading pages', () => {
	it('reads a policy written in another form, or beside another, as well as Astro’s own', () => {
		const dist = writeTempSite({
			'index.html': page('/', '', { head: meta("script-src 'self' 'sha256-one='") }),
			'a/index.html': page('/a/', '', { head: meta("script-src 'self' 'sha256-one='") }),
			'b/index.html': page('/b/', '', { head: `<META HTTP-EQUIV="Content-Security-Policy" CONTENT="script-src 'self' 'sha256-two='">` }),
			'c/index.html': page('/c/', '', {
				head: `${meta("script-src 'self'")}<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-three='">`,
			}),
		});
		const csp = parseCsp(buildSiteCsp(dist));
		expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'sha256-one='", "'sha256-two='"]));
		expect(csp.get('style-src')).toContain("'sha256-three='");
	});

	it('reads the whole of a policy with a ">" inside it, not only what comes before it', () => {
		const dist = writeTempSite({
			'index.html': page('/', '', { head: meta("report-uri /csp-report?from=a>b; style-src 'self' 'sha256-after='") }),
		});
		expect(parseCsp(buildSiteCsp(dist)).get('style-src')).toContain("'sha256-after='");
	});
});

describe('writeHeaders', () => {
	it('writes a _headers file whose rules sit under the site’s base path', () => {
		const dist = writeTempSite({ 'index.html': page('/coop-kit/') });
		const rules = parseHeadersFile(readFileSync(writeHeaders(dist, '/coop-kit/'), 'utf8'));
		expect(rules.map((rule) => rule.path)).toEqual(['/coop-kit/', '/coop-kit/index.html', '/coop-kit/pagefind/*', '/coop-kit/_astro/*']);
		expect(Object.keys(rules[0]!.headers)).toEqual(
			expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
		);
		expect(rules[0]!.headers['Content-Security-Policy']).not.toMatch(/unsafe-inline/);
	});

	it('gives the web editor’s folder its own policy, and no site rule matches it, so hosts that combine rules send only its own', () => {
		const dist = writeTempSite({
			'index.html': page('/'),
			'blog/index.html': page('/blog/'),
			'admin/index.html': page('/admin/', '', { head: meta("default-src 'self'; style-src 'self' 'unsafe-inline'") }),
		});
		const rules = parseHeadersFile(readFileSync(writeHeaders(dist, '/'), 'utf8'));
		const site = parseCsp(headersForPath(rules, '/blog/')['Content-Security-Policy'] ?? '');
		expect(site.get('style-src')).not.toContain("'unsafe-inline'");
		expect(rules.filter((rule) => headersForPath([rule], '/admin/')['Content-Security-Policy'])).toHaveLength(1);
		const editor = headersForPath(rules, '/admin/');
		expect(parseCsp(editor['Content-Security-Policy'] ?? '').get('style-src')).toContain("'unsafe-inline'");
		expect(parseCsp(editor['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
		expect(editor).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups', 'X-Robots-Tag': 'noindex' });
	});
});

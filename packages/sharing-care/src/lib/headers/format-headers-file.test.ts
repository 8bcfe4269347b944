import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, parseHeadersFile, type HeaderRule } from './format-headers-file.ts';

const rules: HeaderRule[] = [
	{ path: '/coop-kit/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" } },
	{ path: '/coop-kit/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
];

describe('formatHeadersFile', () => {
	it('writes each path with its headers indented below it, after an optional comment', () => {
		expect(formatHeadersFile(rules, 'Made by the build.')).toBe(
			[
				'# Made by the build.',
				'',
				'/coop-kit/*',
				'  X-Content-Type-Options: nosniff',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'',
				'/coop-kit/_astro/*',
				'  Cache-Control: public, max-age=31536000, immutable',
				'',
			].join('\n'),
		);
	});
});

describe('parseHeadersFile', () => {
	it('reads back what formatHeadersFile wrote', () => {
		expect(parseHeadersFile(formatHeadersFile(rules, 'A comment\nover two lines'))).toEqual(rules);
	});
});

describe('headersForPath', () => {
	it('combines the headers of every rule whose pattern matches the path', () => {
		expect(headersForPath(rules, '/coop-kit/_astro/site.css')).toEqual({ ...rules[0]!.headers, ...rules[1]!.headers });
		expect(headersForPath(rules, '/coop-kit/blog/')).toEqual(rules[0]!.headers);
		expect(headersForPath(rules, '/elsewhere/')).toEqual({});
	});
});

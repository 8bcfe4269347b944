import { describe, expect, it } from 'vitest';
import { mergeCsp, parseCsp } from './merge-csp.ts';

describe('parseCsp', () => {
	it('reads directives and their sources, ignoring empty parts and extra spaces', () => {
		expect(parseCsp("default-src 'self';img-src  'self' data: ; ; Frame-Ancestors 'none';")).toEqual(
			new Map([
				['default-src', ["'self'"]],
				['img-src', ["'self'", 'data:']],
				['frame-ancestors', ["'none'"]],
			]),
		);
	});

	it('keeps the first of a repeated directive, as browsers do', () => {
		expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
	});
});

describe('mergeCsp', () => {
	it('unions the sources of each directive, in the order first seen, without repeats', () => {
		expect(
			mergeCsp([
				"default-src 'self'; script-src 'self' 'sha256-a'",
				"default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
				"frame-ancestors 'none'",
			]),
		).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
	});
});

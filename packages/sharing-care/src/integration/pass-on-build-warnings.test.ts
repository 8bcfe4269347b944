import { describe, expect, it } from 'vitest';
import { passOnBuildWarnings, type BundlerWarning } from './pass-on-build-warnings.ts';

/** The warnings `passOnBuildWarnings` passes on, of those given. */
function passedOn(warnings: BundlerWarning[]): BundlerWarning[] {
	const out: BundlerWarning[] = [];
	for (const warning of warnings) passOnBuildWarnings(warning, (kept) => out.push(kept));
	return out;
}

describe('passOnBuildWarnings', () => {
	it('leaves out the directive warning Astro causes for each MDX entry', () => {
		const warning = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			id: '/site/content/blog/a-post.mdx?astroPropagatedAssets',
			message: 'The semantics of the module level directive "use astro:head-inject" … may not be preserved when bundling.',
		};
		expect(passedOn([warning])).toEqual([]);
	});

	it('passes on the same warning for any other module, and every other warning', () => {
		const warnings = [
			{ code: 'MODULE_LEVEL_DIRECTIVE', id: '/site/src/components/Widget.ts', message: 'The semantics of the module level directive "use client" …' },
			{ code: 'MODULE_LEVEL_DIRECTIVE', id: '/site/content/blog/a-post.mdx', message: '…' },
			{ code: 'CIRCULAR_DEPENDENCY', id: '/site/content/blog/a-post.mdx?astroPropagatedAssets', message: 'Circular dependency …' },
			{ message: 'A warning with no code' },
		];
		expect(passedOn(warnings)).toEqual(warnings);
	});
});

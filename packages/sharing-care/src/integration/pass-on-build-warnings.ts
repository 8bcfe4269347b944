/** A warning of the bundler Astro builds with, as it hands it to a site's `onwarn`. */
export interface BundlerWarning {
	code?: string;
	id?: string;
	message: string;
}

/**
 * Passes on every warning of the build's bundler but one, which Astro causes itself and which asks nothing of a
 * site: the module Astro makes for each MDX entry's styles and scripts (`<file>.mdx?astroPropagatedAssets`) starts
 * with Astro's own `"use astro:head-inject"` directive, which the bundler warns it may not keep
 * (`MODULE_LEVEL_DIRECTIVE`). Astro reads that directive before bundling, so it does no harm; but the bundler prints
 * it once for every MDX entry, with a code frame, and a site with a hundred MDX posts got a hundred of them in its
 * build's output, around whatever the board needed to read.
 */
export function passOnBuildWarnings(warning: BundlerWarning, passOn: (warning: BundlerWarning) => void): void {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.endsWith('.mdx?astroPropagatedAssets')) return;
	passOn(warning);
}

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { SiteConfig } from '../config/schema.ts';

/** The module kit pages import the site's own stylesheets through (site.config.ts `customCss`). */
export const CUSTOM_CSS_MODULE = 'virtual:sharing-care/custom-css';

/** The modules kit pages import a replaceable component through: `virtual:sharing-care/components/Header`. */
export const COMPONENT_MODULE_PREFIX = 'virtual:sharing-care/components/';

/** A path from the site config, as a module can import it: the site's own files from the project root, the kit's by its package name. */
function specifierOf(root: string, path: string): string {
	return path.startsWith('./') ? resolve(root, path).split('\\').join('/') : path;
}

/**
 * The code of each module through which kit pages reach what a site may replace, by the module's name: one that
 * imports the site's stylesheets (`customCss`), in the order given, and one per component (`components`), which
 * re-exports the site's own or, by default, the kit's.
 */
export function buildOverrideModules(root: string, config: Pick<SiteConfig, 'customCss' | 'components'>): Map<string, string> {
	const modules = new Map<string, string>();
	modules.set(CUSTOM_CSS_MODULE, config.customCss.map((path) => `import ${JSON.stringify(specifierOf(root, path))};\n`).join(''));
	for (const [name, path] of Object.entries(config.components)) {
		modules.set(`${COMPONENT_MODULE_PREFIX}${name}`, `export { default } from ${JSON.stringify(specifierOf(root, path))};\n`);
	}
	return modules;
}

/**
 * A Vite plugin that serves the modules kit pages import what a site may replace through (buildOverrideModules),
 * so a site makes the kit its own from its own files, never by editing the kit's. The files they import are
 * ordinary modules: the development server reloads the page when one changes.
 */
export function siteOverrides(root: string, config: Pick<SiteConfig, 'customCss' | 'components'>): Plugin {
	const modules = buildOverrideModules(root, config);
	return {
		name: 'sharing-care:site-overrides',
		resolveId(id) {
			return modules.has(id) ? `\0${id}` : undefined;
		},
		load(id) {
			return id.startsWith('\0') ? modules.get(id.slice(1)) : undefined;
		},
	};
}

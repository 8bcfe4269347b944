import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfigInput } from '../../packages/sharing-care/src/config/schema.ts';

/**
 * Writes a whole `site.config.ts` into a copy of the kit, as a co-op would. `schema` is where it imports
 * `defineSiteConfig` from: the copy's own `src/`, unless the folder has none.
 */
export function writeSiteConfig(dir: string, config: SiteConfigInput, schema = './src/config/schema.ts'): void {
	writeFileSync(join(dir, 'site.config.ts'), `import { defineSiteConfig } from '${schema}';\n\nexport default defineSiteConfig(${JSON.stringify(config, null, '\t')});\n`);
}

/** Adds settings (such as `features`) to the `site.config.ts` of a copy, as a co-op would write them. */
export function addToSiteConfig(dir: string, fields: Record<string, unknown>): void {
	const file = join(dir, 'site.config.ts');
	let source = readFileSync(file, 'utf8');
	for (const [name, value] of Object.entries(fields)) {
		if (new RegExp(`\\b${name}\\s*:`).test(source)) throw new Error(`site.config.ts already sets ${name}: update this helper`);
		source = source.replace('defineSiteConfig({', `defineSiteConfig({\n\t${name}: ${JSON.stringify(value)},`);
	}
	writeFileSync(file, source);
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfigInput } from 'sharing-care/config';

/** Writes a whole `site.config.ts` into a site's folder, as a co-op would, importing `defineSiteConfig` from the kit. */
export function writeSiteConfig(dir: string, config: SiteConfigInput): void {
	writeFileSync(
		join(dir, 'site.config.ts'),
		`import { defineSiteConfig } from 'sharing-care/config';\n\nexport default defineSiteConfig(${JSON.stringify(config, null, '\t')});\n`,
	);
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

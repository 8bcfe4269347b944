import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SiteConfigSchema, type SiteConfigInput } from '../../config/schema.ts';
import { resolveSiteConfig } from '../../config/resolve-site-config.ts';
import { renderBlankSiteConfig } from './render-blank-site-config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = join(ROOT, '.build', `blank-config-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Loads config source as the build would, with its import pointed at this project's schema. */
async function load(source: string): Promise<SiteConfigInput> {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `site.config.${count++}.ts`);
	writeFileSync(file, source.replace("'./src/config/schema.ts'", JSON.stringify(pathToFileURL(join(ROOT, 'src/config/schema.ts')).href)));
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)).default;
}

/** Writes a value in place of a field's placeholder, as a co-op would. */
const fill = (source: string, field: string, value: string) => source.replace(new RegExp(`^(\\t${field}: ).*$`, 'm'), `$1${JSON.stringify(value)},`);

describe('renderBlankSiteConfig', () => {
	it('leaves every text a co-op must write as a placeholder the check refuses, naming the field', async () => {
		const config = await load(renderBlankSiteConfig());
		const error = (() => {
			try {
				resolveSiteConfig(config);
			} catch (thrown) {
				return (thrown as Error).message;
			}
			return '';
		})();
		for (const field of ['name', 'shortName', 'tagline', 'introduction', 'url', 'footerText']) {
			expect(error).toContain(`  - ${field}: This still holds a WRITE placeholder`);
		}
	});

	it('is a valid config once the placeholders are filled in, with the schema defaults', async () => {
		let source = renderBlankSiteConfig();
		for (const [field, value] of Object.entries({ name: 'Riverside Care', shortName: 'Riverside', tagline: 'Shared learning.', introduction: 'Hello.', url: 'https://riverside.example.org', footerText: 'Riverside Care Ltd.' })) {
			source = fill(source, field, value);
		}
		const config = resolveSiteConfig(await load(source));
		expect(config.name).toBe('Riverside Care');
		expect(config.colours).toEqual(SiteConfigSchema.shape.colours.parse(undefined));
		expect(config.features).toEqual({ search: true, feeds: true, minutes: true, decisions: true });
	});

	it('shows each optional setting, commented out, with its default value', () => {
		const source = renderBlankSiteConfig();
		expect(source).toContain(`// brand: '${SiteConfigSchema.shape.colours.parse(undefined).brand}',`);
		expect(source).toContain("// licence: { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },");
		expect(source).toContain("// dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },");
		expect(source).toContain(`// accessibility: { prepared: '${SiteConfigSchema.shape.accessibility.parse(undefined).prepared}' },`);
	});
});

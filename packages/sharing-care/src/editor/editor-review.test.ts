import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, ENTRY_KINDS, type DataKind, type EntryKind } from '../collections/index.ts';
import { SiteConfigSchema } from '../config/schema.ts';
import strings from '../i18n/locales/en-GB.ts';
import { buildEditorConfig, type EditorConfigInput } from './build-editor-config.ts';

/** Review before publishing (`editor.review`): the editor's editorial workflow, on or off. */
const input: EditorConfigInput = {
	kinds: ENTRY_KINDS as readonly EntryKind[],
	dataKinds: DATA_KINDS as readonly DataKind[],
	strings,
	backend: { repo: 'hillside-care/sharing-care', authUrl: 'https://auth.hillside.example/' },
	siteName: 'Hillside Care',
	siteUrl: 'https://hillside.example/',
	logo: '/icon.svg',
	contentDir: 'content',
};

/** The JSON Schema the editor's package ships (@sveltia/cms/schema/sveltia-cms.json), compiled. */
function editorSchema() {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(dirname(require.resolve('@sveltia/cms')));
	const schema = JSON.parse(readFileSync(join(packageDir, 'schema', 'sveltia-cms.json'), 'utf8'));
	const ajv = new Ajv({ allErrors: true, strict: false, formats: { regex: (pattern: string) => Boolean(new RegExp(pattern)), uri: (address: string) => URL.canParse(address) } });
	return { schema, validate: ajv.compile(schema) };
}

describe('review before publishing', () => {
	it('is off unless the site config turns it on', () => {
		const editor = (value: unknown) => SiteConfigSchema.shape.editor.parse(value);
		expect(editor(undefined).review).toBe(false);
		expect(editor({ review: true }).review).toBe(true);
		expect(SiteConfigSchema.shape.editor.safeParse({ review: 'yes' }).success).toBe(false);
	});

	it('turns on the editorial workflow, in a config valid by the JSON Schema the editor’s package ships', () => {
		const config = buildEditorConfig({ ...input, review: true });
		expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github' } });
		const { schema, validate } = editorSchema();
		const valid = validate(JSON.parse(JSON.stringify(config)));
		expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
		expect(valid).toBe(true);
		// The package documents the workflow as working with GitHub and GitLab only: the editor here saves to GitHub.
		expect(schema.definitions.CmsConfig.properties.publish_mode.description).toMatch(/GitHub and GitLab backends only/);
	});

	it('leaves publish_mode out when it is off, so that saving publishes', () => {
		expect(buildEditorConfig(input)).not.toHaveProperty('publish_mode');
		expect(buildEditorConfig({ ...input, review: false })).not.toHaveProperty('publish_mode');
	});
});

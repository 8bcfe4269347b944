import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '../i18n/locales/en-GB.ts';
import { editorUiWording, rewordBundle, rewordLocaleFile, speaksLanguageOf } from './reword-editor-ui.ts';

const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));

describe('the editor’s own words the site words its way', () => {
	it('title a new entry “New …” from the strings table, with the editor’s mark for the kind', () => {
		expect(editorUiWording(strings)).toEqual({ create_entry_title: 'New {$name}' });
	});

	it('replace the installed editor’s words in its British English locale file and in its built-in US English', () => {
		const wording = editorUiWording(strings);
		const british = JSON.parse(rewordLocaleFile(readFileSync(join(packageDir, 'locales', 'en-GB.json'), 'utf8'), wording)) as Record<string, unknown>;
		expect(british.create_entry_title).toBe('New {$name}');
		expect(british.create_new_entry).toBe('Create New Entry');
		const bundle = rewordBundle(readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8'), wording);
		expect(bundle).toContain('create_entry_title:"New {$name}"');
		expect(bundle).not.toContain('Creating {$name}');
	});

	it('apply only where the editor speaks the site’s language', () => {
		expect(speaksLanguageOf('en-US', 'en-GB')).toBe(true);
		expect(speaksLanguageOf('en-GB', 'en')).toBe(true);
		expect(speaksLanguageOf('cy', 'en-GB')).toBe(false);
	});

	it('refuse a key the editor no longer has, so an upgrade cannot quietly bring its own words back', () => {
		expect(() => rewordLocaleFile('{"create_entry_title":"Creating {$name}"}', { creating_title: 'New' })).toThrow(/no longer has the text "creating_title"/);
		expect(() => rewordBundle('var a={create_entry_title:`Creating {$name}`}', { creating_title: 'New' })).toThrow(
			/no longer has its own text "creating_title"/,
		);
		expect(rewordBundle('var a={save:`Save`,create_entry_title:`Creating {$name}`}', { create_entry_title: 'New {$name}' })).toBe(
			'var a={save:`Save`,create_entry_title:"New {$name}"}',
		);
	});
});

import type { Collection, Field } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, ENTRY_KINDS, type DataKind, type EntryKind } from '../collections/index.ts';
import strings from '../i18n/locales/en-GB.ts';
import { buildEditorConfig } from './build-editor-config.ts';

const config = buildEditorConfig({
	kinds: ENTRY_KINDS as readonly EntryKind[],
	dataKinds: DATA_KINDS as readonly DataKind[],
	strings,
	backend: { repo: 'hillside-care/sharing-care' },
	siteName: 'Hillside Care',
	siteUrl: 'https://hillside.example/',
	logo: '/icon.svg',
	contentDir: 'content',
});

type AnyField = Field & Record<string, unknown> & { name: string; fields?: AnyField[] };
const collection = (name: string) => (config.collections as (Collection & { name: string; fields?: AnyField[] })[]).find((one) => one.name === name)!;
const documentsOf = (name: string) => collection(name).fields!.find((field) => field.name === 'attachments');

describe('the editor’s documents (attachments)', () => {
	it('offers minutes and reports a list of documents, each a file to upload and its title', () => {
		for (const name of ['minutes', 'reports']) {
			const documents = documentsOf(name)!;
			expect(documents, name).toMatchObject({ label: 'Documents', label_singular: 'Document', widget: 'list', required: false });
			const [file, title] = documents.fields!;
			expect(file).toMatchObject({ name: 'file', label: 'File', widget: 'file', accept: '.pdf,.odt,.ods,.docx,.xlsx,.csv', choose_url: false });
			expect(file).not.toHaveProperty('required');
			expect(title).toMatchObject({ name: 'title', label: 'Title', widget: 'string' });
			expect(title).not.toHaveProperty('required');
		}
	});

	it('keeps documents beside the entry, as its pictures are, named from there as ./name.pdf', () => {
		expect(collection('minutes')).toMatchObject({ media_folder: '', public_folder: './' });
	});

	it('offers documents only where the content has them', () => {
		for (const name of ['blog', 'audits', 'practice']) expect(documentsOf(name), name).toBeUndefined();
	});
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Collection, Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, ENTRY_KINDS, type DataKind, type EntryKind } from '../collections/index.ts';
import strings from '../i18n/locales/en-GB.ts';
import { DATA_COLLECTION, WORDING_COLLECTION, buildEditorConfig, type EditorConfigInput } from './build-editor-config.ts';
import { buildEditorField } from './build-editor-fields.ts';
import { EDITOR_CONTEXT } from './editor-context.ts';

const input: EditorConfigInput = {
	kinds: ENTRY_KINDS as readonly EntryKind[],
	dataKinds: DATA_KINDS as readonly DataKind[],
	strings,
	backend: { repo: 'hillside-care/sharing-care', authUrl: 'https://auth.hillside.example/' },
	siteName: 'Hillside Care',
	siteUrl: 'https://hillside.example/coop-kit/',
	logo: '/coop-kit/icon.svg',
	contentDir: 'content',
};
const config = buildEditorConfig(input);
const collections = config.collections as (Collection & { name: string; fields?: Field[]; files?: { name: string; file: string; fields: Field[] }[] })[];
const collection = (name: string) => collections.find((one) => one.name === name)!;

type AnyField = Field & Record<string, unknown> & { name: string; fields?: AnyField[]; field?: AnyField };
const fieldsOf = (name: string) => collection(name).fields as AnyField[];
/** A field of a collection by its path: `decisions.text`. */
function fieldAt(fields: AnyField[], path: string): AnyField | undefined {
	const [first, ...rest] = path.split('.');
	const field = fields.find((one) => one.name === first);
	return rest.length && field ? fieldAt(field.fields ?? [], rest.join('.')) : field;
}

/** What a schema's value must be, inside optional, default and prefault. */
function unwrap(schema: z.ZodType): z.ZodType {
	const def = schema._zod.def as { innerType?: z.ZodType };
	return def.innerType ? unwrap(def.innerType) : schema;
}

/** Every field path of a schema, into groups of fields and lists of them: `decisions`, `decisions.text`… */
function schemaPaths(schema: z.ZodObject, prefix = ''): string[] {
	return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
		const path = `${prefix}${name}`;
		const inner = unwrap(field);
		const element = inner._zod.def.type === 'array' ? unwrap((inner._zod.def as unknown as { element: z.ZodType }).element) : inner;
		return element._zod.def.type === 'object' ? [path, ...schemaPaths(element as z.ZodObject, `${path}.`)] : [path];
	});
}

/** Every field path of the editor's fields, the same way. */
function editorPaths(fields: AnyField[], prefix = ''): string[] {
	return fields.flatMap((field) => [`${prefix}${field.name}`, ...editorPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

describe('the editor config', () => {
	it('has a field for every field of every schema, nested groups and lists included', () => {
		for (const kind of ENTRY_KINDS as readonly EntryKind[]) {
			const paths = editorPaths(fieldsOf(kind.id));
			expect(paths, kind.id).toEqual(expect.arrayContaining(schemaPaths(kind.schema(EDITOR_CONTEXT))));
			expect(paths, kind.id).toContain('body');
		}
		const data = collection(DATA_COLLECTION).files!;
		for (const kind of DATA_KINDS as readonly DataKind[]) {
			const list = data.find((file) => file.name === kind.id)!.fields[0] as AnyField;
			expect(editorPaths(list.fields ?? []), kind.id).toEqual(['id', ...schemaPaths(kind.schema(EDITOR_CONTEXT))]);
		}
	});

	it('refuses a schema field it has no widget for, naming it, so a new kind of field cannot be forgotten', () => {
		const options = { label: (name: string) => name, choiceLabels: () => undefined, relation: () => ({ collection: 'x', valueField: '{{slug}}', displayField: '{{title}}' }) };
		expect(() => buildEditorField('when', z.union([z.string(), z.number()]), options, ['meeting'])).toThrow(/no field for "meeting\.when", whose schema type is union/);
		expect(() => buildEditorField('when', z.union([z.strictObject({ day: z.string() }), z.literal('soon'), z.literal('later')]), options, ['meeting'])).toThrow(/union/);
	});

	it('is valid by the JSON Schema the editor’s package ships', () => {
		const require = createRequire(import.meta.url);
		const packageDir = dirname(dirname(require.resolve('@sveltia/cms')));
		const schema = JSON.parse(readFileSync(join(packageDir, 'schema', 'sveltia-cms.json'), 'utf8'));
		const ajv = new Ajv({ allErrors: true, strict: false, formats: { regex: (pattern: string) => Boolean(new RegExp(pattern)), uri: (address: string) => URL.canParse(address) } });
		const validate = ajv.compile(schema);
		const valid = validate(JSON.parse(JSON.stringify(config)));
		expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
		expect(valid).toBe(true);
	});

	it('files each entry collection in its folder, named as npm run new names it, with pictures beside the entry', () => {
		expect(collection('minutes')).toMatchObject({
			folder: 'content/minutes',
			create: true,
			extension: 'md',
			slug: { template: '{{title}}', editable: false },
			media_folder: '',
			public_folder: './',
		});
		expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
	});

	it('gives every field the hint its schema describes it with, and requires what the schema requires', () => {
		const schema = ENTRY_KINDS.find((kind) => kind.id === 'reports')!.schema(EDITOR_CONTEXT);
		const fields = fieldsOf('reports');
		for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
			expect(fieldAt(fields, name)?.hint, name).toBe(field.description);
		}
		expect(fieldAt(fields, 'title')?.required).toBeUndefined();
		expect(fieldAt(fields, 'funder')?.required).toBeUndefined();
		expect(fieldAt(fields, 'programme')?.required).toBe(false);
		expect(fieldAt(fields, 'outcomes')).toMatchObject({ widget: 'list', min: 1 });
	});

	it('writes dates as YYYY-MM-DD, with no time', () => {
		expect(fieldAt(fieldsOf('minutes'), 'meeting')).toMatchObject({ widget: 'datetime', type: 'date', time_format: false, format: 'YYYY-MM-DD', default: '{{now}}' });
		expect(fieldAt(fieldsOf('minutes'), 'actions.due')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
		expect(fieldAt(fieldsOf('reports'), 'period.end')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
	});

	it('shows topics, people, organisations and series by name, and stores their ids', () => {
		expect(fieldAt(fieldsOf('blog'), 'authors')).toMatchObject({
			widget: 'relation',
			collection: DATA_COLLECTION,
			file: 'people',
			value_field: 'people.*.id',
			display_fields: ['people.*.name'],
			multiple: true,
		});
		expect(fieldAt(fieldsOf('reports'), 'funder')).toMatchObject({ widget: 'relation', file: 'organisations', display_fields: ['organisations.*.name'] });
		expect(fieldAt(fieldsOf('reports'), 'funder')?.multiple).toBeUndefined();
		expect(fieldAt(fieldsOf('audits'), 'organisationsConsulted')).toMatchObject({ multiple: true, min: 1 });
		expect(fieldAt(fieldsOf('minutes'), 'approval.approvedAt')).toMatchObject({ widget: 'relation', collection: 'minutes', value_field: '{{slug}}', display_fields: ['{{title}}'] });
	});

	it('takes a picture from a file beside the entry, and requires its alt text with the schema’s message', () => {
		const cover = fieldAt(fieldsOf('blog'), 'cover');
		expect(cover).toMatchObject({ widget: 'object', required: false });
		expect(fieldAt(cover!.fields!, 'src')).toMatchObject({ widget: 'image', choose_url: false });
		expect(fieldAt(cover!.fields!, 'src')?.required).toBeUndefined();
		expect(fieldAt(cover!.fields!, 'alt')?.required).toBeUndefined();
		expect(fieldAt(cover!.fields!, 'caption')?.required).toBe(false);
	});

	it('has the draft switch, on for a new entry as npm run new makes it', () => {
		expect(fieldAt(fieldsOf('blog'), 'draft')).toMatchObject({ widget: 'boolean', default: true, required: false });
	});

	it('lists minutes’ decisions and actions with their own fields, choices in the site’s words and patterns with the schema’s messages', () => {
		const decisions = fieldAt(fieldsOf('minutes'), 'decisions')!;
		expect(decisions).toMatchObject({ widget: 'list', required: false, label_singular: 'Decision', summary: '{{fields.text}}' });
		expect(editorPaths(decisions.fields!)).toEqual(['text', 'id', 'topics']);
		expect(fieldAt(decisions.fields!, 'id')?.pattern).toEqual(['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Use lower-case letters, numbers and hyphens only, for example "board-2024-03".']);
		const actions = fieldAt(fieldsOf('minutes'), 'actions')!;
		expect(editorPaths(actions.fields!)).toEqual(['text', 'owner', 'due', 'status']);
		expect(fieldAt(actions.fields!, 'status')).toMatchObject({ widget: 'select', default: 'open', options: [{ value: 'open', label: 'Open' }, { value: 'done', label: 'Done' }] });
		expect(fieldAt(fieldsOf('minutes'), 'meetingType')).toMatchObject({ default: 'board', options: expect.arrayContaining([{ value: 'agm', label: 'Annual general meeting' }]) });
		expect(fieldAt(fieldsOf('minutes'), 'attendees')).toMatchObject({ widget: 'list', field: { name: 'item', widget: 'string', label: 'Attendee' } });
		expect(fieldAt(fieldsOf('blog'), 'summary')?.pattern?.[1]).toBe('Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).');
	});

	it('lists guidance’s key points, three to five, each as its words and the sentence it summarises, and every entry’s changes with a date and a note each', () => {
		for (const kind of ['reports', 'audits', 'practice']) {
			const keyPoints = fieldAt(fieldsOf(kind), 'keyPoints')!;
			expect(keyPoints, kind).toMatchObject({ widget: 'list', label: 'Key points', label_singular: 'Key point', min: 3, max: 5, summary: '{{fields.text}}' });
			expect(editorPaths(keyPoints.fields!)).toEqual(['text', 'from']);
			expect(fieldAt(keyPoints.fields!, 'text')).toMatchObject({ label: 'Key point', pattern: [expect.any(String), 'Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).'] });
			expect(fieldAt(keyPoints.fields!, 'text')?.required).toBeUndefined();
			expect(fieldAt(keyPoints.fields!, 'from')).toMatchObject({ widget: 'string', label: 'The sentence it summarises', required: false, hint: expect.stringContaining('copied exactly') });
			expect(fieldAt(fieldsOf(kind), 'lastReviewed'), kind).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false, label: 'Last reviewed' });
		}
		expect(fieldAt(fieldsOf('blog'), 'keyPoints')).toBeUndefined();
		for (const kind of ENTRY_KINDS) {
			const changes = fieldAt(fieldsOf(kind.id), 'changes')!;
			expect(changes, kind.id).toMatchObject({ widget: 'list', required: false, label_singular: 'Change', summary: '{{fields.date}}: {{fields.note}}' });
			expect(editorPaths(changes.fields!)).toEqual(['date', 'note']);
			expect(fieldAt(changes.fields!, 'date')).toMatchObject({ widget: 'datetime', label: 'Date of the change' });
			expect(fieldAt(changes.fields!, 'note')).toMatchObject({ widget: 'string', label: 'What changed' });
		}
		expect(fieldAt(fieldsOf('blog'), 'date')?.label).toBe('Publication date');
	});

	it('makes the reference data editable lists, one file each, in the shape the site reads', () => {
		const data = collection(DATA_COLLECTION);
		expect(data.files!.map((file) => [file.name, file.file])).toEqual(DATA_KINDS.map((kind) => [kind.id, `content/${kind.id}.yaml`]));
		expect(data.files![0]!.fields).toEqual([expect.objectContaining({ name: 'topics', widget: 'list', root: true, summary: '{{fields.name}}' })]);
	});

	it('offers the glossary as an editable list, each term named by its term, its related terms chosen by term', () => {
		const glossary = collection(DATA_COLLECTION).files!.find((file) => file.name === 'glossary')!;
		expect(glossary).toMatchObject({ file: 'content/glossary.yaml', label: 'Glossary' });
		const list = glossary.fields[0] as AnyField;
		expect(list).toMatchObject({ widget: 'list', root: true, summary: '{{fields.term}}', label_singular: 'Glossary term' });
		expect(fieldAt(list.fields!, 'seeAlso')).toMatchObject({ widget: 'relation', file: 'glossary', value_field: 'glossary.*.id', display_fields: ['glossary.*.term'], multiple: true });
		expect(fieldAt(list.fields!, 'aliases')).toMatchObject({ widget: 'list', label: 'Other forms that link here' });
		expect(fieldAt(list.fields!, 'definition')?.hint).toContain('written by the site, not quoted from a source');
	});

	it('keeps each glossary term’s basis as written, the public definition or own, and marks a new term as the site’s own wording', () => {
		const glossary = collection(DATA_COLLECTION).files!.find((file) => file.name === 'glossary')!;
		const list = glossary.fields[0] as AnyField;
		// No widget of the editor holds either a word or a group of fields: one that showed either would drop the other on saving.
		expect(fieldAt(list.fields!, 'basis')).toMatchObject({ widget: 'hidden', label: 'Based on', default: 'own' });
		expect(fieldAt(list.fields!, 'basis')?.required).toBeUndefined();
	});

	it('offers the glossary terms an entry does not link, chosen by term, on every kind of entry', () => {
		for (const kind of ENTRY_KINDS) {
			expect(fieldAt(fieldsOf(kind.id), 'glossaryUnlinked'), kind.id).toMatchObject({
				widget: 'relation',
				label: 'Glossary terms not to link here',
				file: 'glossary',
				value_field: 'glossary.*.id',
				display_fields: ['glossary.*.term'],
				multiple: true,
				required: false,
			});
		}
	});

	it('offers the site’s wording as pairs of a key and its words, saved at the top of content/strings.yaml as the site reads them', () => {
		const wording = collection(WORDING_COLLECTION);
		expect(wording).toMatchObject({ label: 'Wording', files: [{ name: 'strings', file: 'content/strings.yaml', format: 'yaml' }] });
		expect(wording.files![0]!.fields).toEqual([
			expect.objectContaining({ name: 'strings', widget: 'keyvalue', root: true, required: false, key_label: 'Which text (its key)', value_label: 'Your words', hint: expect.stringContaining('home.startHere') }),
		]);
	});

	it('commits to the repository through the sign-in service, and links to the site', () => {
		expect(config.backend).toEqual({ name: 'github', repo: 'hillside-care/sharing-care', base_url: 'https://auth.hillside.example' });
		expect(config.site_url).toBe('https://hillside.example/coop-kit/');
		expect(collection('blog')).toMatchObject({ preview_path: 'blog/{{slug}}/' });
	});
});

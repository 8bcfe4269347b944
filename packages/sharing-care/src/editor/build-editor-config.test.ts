import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Collection, Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, ENTRY_KINDS, type DataKind, type EntryKind } from '../collections/index.ts';
import { SiteConfigSchema } from '../config/schema.ts';
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

/** The JSON Schema the editor's package ships (@sveltia/cms/schema/sveltia-cms.json), and its validator. */
function editorSchema() {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(dirname(require.resolve('@sveltia/cms')));
	const schema = JSON.parse(readFileSync(join(packageDir, 'schema', 'sveltia-cms.json'), 'utf8'));
	const ajv = new Ajv({
		allErrors: true,
		strict: false,
		formats: { regex: (pattern: string) => Boolean(new RegExp(pattern)), uri: (address: string) => URL.canParse(address) },
	});
	return { schema, validate: ajv.compile(schema) };
}
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
	it('has every field of every schema exactly once, nested groups and lists included, and the entry’s text', () => {
		for (const kind of ENTRY_KINDS as readonly EntryKind[]) {
			const fields = fieldsOf(kind.id);
			const schema = kind.schema(EDITOR_CONTEXT);
			expect(fields.map((field) => field.name).sort(), kind.id).toEqual([...Object.keys(schema.shape), 'body'].sort());
			// A hidden field keeps its value whole, whatever it holds.
			const hidden = fields.filter((field) => field.widget === 'hidden').map((field) => `${field.name}.`);
			const shown = schemaPaths(schema).filter((path) => !hidden.some((prefix) => path.startsWith(prefix)));
			expect(editorPaths(fields), kind.id).toEqual(expect.arrayContaining(shown));
		}
		const data = collection(DATA_COLLECTION).files!;
		for (const kind of DATA_KINDS as readonly DataKind[]) {
			const list = data.find((file) => file.name === kind.id)!.fields[0] as AnyField;
			expect(editorPaths(list.fields ?? []), kind.id).toEqual(['id', ...schemaPaths(kind.schema(EDITOR_CONTEXT))]);
		}
	});

	it('refuses a schema field it has no widget for, naming it, so a new kind of field cannot be forgotten', () => {
		const options = {
			label: (name: string) => name,
			choiceLabels: () => undefined,
			relation: () => ({ collection: 'x', valueField: '{{slug}}', displayField: '{{title}}' }),
		};
		expect(() => buildEditorField('when', z.union([z.string(), z.number()]), options, ['meeting'])).toThrow(
			/no field for "meeting\.when", whose schema type is union/,
		);
		expect(() => buildEditorField('when', z.union([z.strictObject({ day: z.string() }), z.literal('soon'), z.literal('later')]), options, ['meeting'])).toThrow(
			/union/,
		);
	});

	it('is valid by the JSON Schema the editor’s package ships', () => {
		const { validate } = editorSchema();
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

	it('gives every field the hint the strings table words for board members, or else its schema’s, and requires what the schema requires', () => {
		const schema = ENTRY_KINDS.find((kind) => kind.id === 'reports')!.schema(EDITOR_CONTEXT);
		const fields = fieldsOf('reports');
		const hints = strings.editor.fieldHints;
		for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
			expect(fieldAt(fields, name)?.hint, name).toBe(hints[`reports.${name}`] ?? hints[name] ?? field.description);
		}
		expect(fieldAt(fields, 'title')?.hint).toBe(schema.shape.title.description);
		expect(fieldAt(fields, 'topics')?.hint).toBe('Pick the topics it is about.');
		expect(fieldAt(fields, 'organisation')?.hint).toBe('Pick the organisation that wrote the report.');
		expect(fieldAt(fieldsOf('practice'), 'organisation')?.hint).toBe('Pick the organisation that ran the project.');
		expect(fieldAt(fieldsOf('minutes'), 'date')?.hint).toBe(hints['minutes.date']);
		expect(fieldAt(fields, 'title')?.required).toBeUndefined();
		expect(fieldAt(fields, 'funder')?.required).toBeUndefined();
		expect(fieldAt(fields, 'programme')?.required).toBe(false);
		expect(fieldAt(fields, 'outcomes')).toMatchObject({ widget: 'list', min: 1 });
	});

	it('writes dates as YYYY-MM-DD, with no time', () => {
		expect(fieldAt(fieldsOf('minutes'), 'meeting')).toMatchObject({
			widget: 'datetime',
			type: 'date',
			time_format: false,
			format: 'YYYY-MM-DD',
			default: '{{now}}',
		});
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
		expect(fieldAt(fieldsOf('minutes'), 'approval.approvedAt')).toMatchObject({
			widget: 'relation',
			collection: 'minutes',
			value_field: '{{slug}}',
			display_fields: ['{{title}}'],
		});
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
		expect(fieldAt(decisions.fields!, 'id')?.pattern).toEqual([
			'^[a-z0-9]+(?:-[a-z0-9]+)*$',
			'Use lower-case letters, numbers and hyphens only, for example "board-2024-03".',
		]);
		const actions = fieldAt(fieldsOf('minutes'), 'actions')!;
		expect(editorPaths(actions.fields!)).toEqual(['text', 'owner', 'due', 'status']);
		expect(fieldAt(actions.fields!, 'status')).toMatchObject({
			widget: 'select',
			default: 'open',
			options: [
				{ value: 'open', label: 'Open' },
				{ value: 'done', label: 'Done' },
			],
		});
		expect(fieldAt(fieldsOf('minutes'), 'meetingType')).toMatchObject({
			default: 'board',
			options: expect.arrayContaining([{ value: 'agm', label: 'Annual general meeting' }]),
		});
		expect(fieldAt(fieldsOf('minutes'), 'attendees')).toMatchObject({ widget: 'list', field: { name: 'item', widget: 'string', label: 'Attendee' } });
		expect(fieldAt(fieldsOf('blog'), 'summary')?.pattern?.[1]).toBe('Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).');
	});

	it('lists guidance’s key points, three to five, each as its words and the sentence it summarises, and every entry’s changes with a date and a note each', () => {
		for (const kind of ['reports', 'audits', 'practice']) {
			const keyPoints = fieldAt(fieldsOf(kind), 'keyPoints')!;
			expect(keyPoints, kind).toMatchObject({ widget: 'list', label: 'Key points', label_singular: 'Key point', min: 3, max: 5, summary: '{{fields.text}}' });
			expect(editorPaths(keyPoints.fields!)).toEqual(['text', 'from']);
			expect(fieldAt(keyPoints.fields!, 'text')).toMatchObject({
				label: 'Key point',
				pattern: [expect.any(String), 'Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).'],
			});
			expect(fieldAt(keyPoints.fields!, 'text')?.required).toBeUndefined();
			expect(fieldAt(keyPoints.fields!, 'from')).toMatchObject({
				widget: 'string',
				label: 'The sentence it summarises',
				required: false,
				hint: expect.stringContaining('copied exactly'),
			});
			expect(fieldAt(fieldsOf(kind), 'lastReviewed'), kind).toMatchObject({
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				required: false,
				label: 'Last reviewed',
			});
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
		expect(fieldAt(list.fields!, 'seeAlso')).toMatchObject({
			widget: 'relation',
			file: 'glossary',
			value_field: 'glossary.*.id',
			display_fields: ['glossary.*.term'],
			multiple: true,
		});
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
			expect.objectContaining({
				name: 'strings',
				widget: 'keyvalue',
				root: true,
				required: false,
				key_label: 'Which text (its key)',
				value_label: 'Your words',
				hint: expect.stringContaining('home.startHere'),
			}),
		]);
	});

	it('commits to the repository through the sign-in service, and links to the site', () => {
		expect(config.backend).toEqual({ name: 'github', repo: 'hillside-care/sharing-care', base_url: 'https://auth.hillside.example' });
		expect(config.site_url).toBe('https://hillside.example/coop-kit/');
		expect(collection('blog')).toMatchObject({ preview_path: 'blog/{{slug}}/' });
	});
});

/** The form's fields as a board member sees them: every field but those the editor keeps hidden. */
const shownFields = (kind: string) => fieldsOf(kind).filter((field) => field.widget !== 'hidden');
const namesOf = (fields: AnyField[]) => fields.map((field) => field.name);

/** The fields of "About the source": where a text was first published, and how exact its date is. */
const SOURCE_FIELDS = ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'];

describe('the form of each kind of entry', () => {
	it('lays out each kind’s fields in the order its module gives: the essentials, “Publishing details”, “About the source”, then any other field', () => {
		for (const kind of ENTRY_KINDS as readonly EntryKind[]) {
			const { essentials, publishing, source = [] } = kind.editor.form;
			const listed = [...essentials, ...publishing, ...source];
			const others = Object.keys(kind.schema(EDITOR_CONTEXT).shape).filter(
				(name) => !listed.includes(name as never) && !kind.editor.form.hidden?.includes(name as never),
			);
			expect(namesOf(shownFields(kind.id)), kind.id).toEqual([...listed, ...others]);
		}
		expect(namesOf(shownFields('reports')).slice(0, 2)).toEqual(['title', 'organisation']);
		expect(namesOf(shownFields('blog'))).toEqual(expect.arrayContaining(['title', 'authors', 'body', 'summary', 'date', 'draft']));
	});

	it('opens minutes with what a secretary writes, in the order of the meeting, with the meeting date in the first three fields', () => {
		const names = namesOf(shownFields('minutes'));
		expect(names.indexOf('meeting')).toBeLessThan(3);
		expect(names.slice(0, 10)).toEqual(['title', 'meeting', 'meetingType', 'attendees', 'apologies', 'agenda', 'decisions', 'actions', 'approval', 'body']);
		expect(names.indexOf('summary')).toBeGreaterThan(names.indexOf('body'));
		expect(names.indexOf('date')).toBeGreaterThan(names.indexOf('body'));
	});

	it('shows minutes no field about a source, and keeps any a file has as written; the kinds that republish documents have them, last', () => {
		expect(namesOf(shownFields('minutes')).filter((name) => SOURCE_FIELDS.includes(name))).toEqual([]);
		for (const name of SOURCE_FIELDS) expect(fieldAt(fieldsOf('minutes'), name)?.widget, name).toBe('hidden');
		for (const name of SOURCE_FIELDS) expect(fieldAt(fieldsOf('minutes'), name), name).not.toHaveProperty('default');
		for (const kind of ['reports', 'audits', 'practice', 'blog']) {
			const names = namesOf(shownFields(kind));
			expect(names.slice(names.indexOf('source'), names.indexOf('source') + SOURCE_FIELDS.length), kind).toEqual(SOURCE_FIELDS);
			expect(names.indexOf('source'), kind).toBeGreaterThan(names.indexOf('draft'));
		}
	});

	it('names each group on its first field, as the editor cannot group fields without nesting them in the file', () => {
		for (const kind of ENTRY_KINDS as readonly EntryKind[]) {
			const commented = fieldsOf(kind.id).filter((field) => field.comment);
			const groups = [strings.editor.groups.publishing, ...(kind.editor.form.source ? [strings.editor.groups.source] : [])];
			expect(
				commented.map((field) => [field.name, field.comment]),
				kind.id,
			).toEqual([['summary', groups[0]], ...(groups[1] ? [['source', groups[1]]] : [])]);
		}
	});

	it('needs from a board member only the title and the meeting date of minutes: the summary and publication date come from the meeting', () => {
		const required = shownFields('minutes').filter((field) => field.required !== false);
		expect(namesOf(required)).toEqual(['title', 'meeting']);
		expect(fieldAt(fieldsOf('minutes'), 'date')).not.toHaveProperty('default');
		expect(fieldAt(fieldsOf('blog'), 'date')).toMatchObject({ default: '{{now}}' });
	});

	it('names one entry of each kind as the title of a new one says it, “New board minutes”, from the strings table', () => {
		expect(collection('minutes').label_singular).toBe('board minutes');
		expect(collection('blog').label_singular).toBe('blog post');
		expect(strings.editor.newEntry(collection('minutes').label_singular!)).toBe('New board minutes');
	});
});

/**
 * Words a board member should never have to know: files and folders, the formats of the files, ids, a date's
 * written format, commands, and a switch's value as the file holds it.
 */
const JARGON: [RegExp, string][] = [
	[/\bcontent\//, 'a folder'],
	[/(?:^|[\s(])\.{0,2}\/?[\w.-]+\/[\w./-]+/, 'a path'],
	[/\.(?:ya?ml|mdx?|ts|js|json|jpe?g|png|pdf)\b/i, 'a file'],
	[/\bya?ml\b/i, 'YAML'],
	[/\bmarkdown\b/i, 'Markdown'],
	[/\bids?\b/i, 'an id'],
	[/YYYY|\bMM-DD\b/, 'a date format'],
	[/\bnpm\b/i, 'a command'],
	[/\brun /i, 'a command'],
	[/\b(?:true|false)\b/i, 'a value as the file holds it'],
];

/** Every label and hint the editor shows, with where it is: `minutes: decisions.id hint`. */
function wordsShown(): [string, string][] {
	const found: [string, string][] = [];
	const visit = (fields: AnyField[], where: string, prefix = '') => {
		for (const field of fields) {
			if (field.widget === 'hidden') continue;
			const path = `${where}: ${prefix}${field.name}`;
			for (const key of ['label', 'label_singular', 'hint', 'comment', 'before_input', 'after_input'] as const) {
				if (typeof field[key] === 'string') found.push([`${path} ${key}`, field[key]]);
			}
			for (const option of (field.options as { label?: string }[] | undefined) ?? []) if (option.label) found.push([`${path} option`, option.label]);
			visit(field.fields ?? [], where, `${prefix}${field.name}.`);
			if (field.field) visit([field.field], where, `${prefix}${field.name}.`);
		}
	};
	for (const one of collections) {
		for (const key of ['label', 'label_singular', 'description'] as const) if (typeof one[key] === 'string') found.push([`${one.name} ${key}`, one[key]]);
		visit((one.fields ?? []) as AnyField[], one.name);
		for (const file of one.files ?? []) visit(file.fields as AnyField[], `${one.name}/${file.name}`);
	}
	return found;
}

describe('the words of the editor', () => {
	it('say nothing of files, folders, ids, formats, commands or true and false in any label or hint, naming any that does', () => {
		const shown = wordsShown();
		expect(shown.length).toBeGreaterThan(200);
		const jargon = shown.flatMap(([where, text]) => JARGON.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${where} names ${what}: ${text}`));
		expect(jargon).toEqual([]);
	});

	it('would name the field whose hint speaks of a file', () => {
		const kinds = [
			{
				...ENTRY_KINDS[3],
				schema: (ctx: typeof EDITOR_CONTEXT) => ENTRY_KINDS[3].schema(ctx).extend({ flyer: z.string().describe('The flyer, ./flyer.pdf, in content/blog/.') }),
			},
		] as unknown as EntryKind[];
		const fields = (buildEditorConfig({ ...input, kinds }).collections as { fields?: AnyField[] }[])[0]!.fields!;
		const hint = fieldAt(fields, 'flyer')!.hint as string;
		expect(JARGON.filter(([pattern]) => pattern.test(hint)).map(([, what]) => what)).toEqual(['a folder', 'a path', 'a file']);
	});
});

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

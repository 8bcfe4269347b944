import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ENTRY_KINDS } from '../../collections/index.ts';
import { defineEntryKind, type EntryKind } from '../../collections/define-collection.ts';
import { readEntryFields } from '../../collections/read-entry-fields.ts';
import { baseSchema } from '../../schemas/base.ts';
import type { SchemaContext } from '../../schemas/context.ts';
import { fieldHint, newEntryTemplate, type NewEntrySource } from './new-entry-template.ts';

/** Pictures and references as plain text: these tests are about the template, not about ids. */
const ctx: SchemaContext = { image: () => z.string() as never, reference: (collection) => z.string().transform((id) => ({ id, collection })) as never };

/** What a person would write in place of each kind of placeholder. */
const FILL: [RegExp, string][] = [
	[/WRITE-(start|end)-date/g, '2024-01-01'],
	[/WRITE-year/g, '2024'],
	[/WRITE-[a-z-]+/g, 'some-id'],
	[/WRITE: [^"\n]*/g, 'Real words.'],
];

/** What the template is made from for a kind, as `npm run new` gives it. */
const sourceOf = (kind: EntryKind): NewEntrySource => ({ ...kind, shape: readEntryFields(kind) });

const frontmatterOf = (text: string) => parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;

describe('newEntryTemplate', () => {
	for (const kind of ENTRY_KINDS) {
		it(`writes a ${kind.id} draft that its schema accepts once the placeholders are filled`, () => {
			const text = newEntryTemplate(sourceOf(kind), 'Spring meeting', '2025-03-12');
			expect(text).toMatch(/WRITE[:-]/);
			const filled = FILL.reduce((source, [pattern, value]) => source.replace(pattern, value), text);
			const result = kind.schema(ctx).safeParse(frontmatterOf(filled));
			expect(result.error?.issues ?? []).toEqual([]);
			expect(result.data).toMatchObject({ title: 'Spring meeting', draft: true });
		});

		it(`puts each ${kind.id} field under its schema hint`, () => {
			const text = newEntryTemplate(sourceOf(kind), 'Spring meeting', '2025-03-12');
			const shape = kind.schema(ctx).shape as Record<string, z.ZodType>;
			const fields = Object.keys(frontmatterOf(text));
			// Minutes leave out the summary and the date: their meeting gives both.
			const common = kind.id === 'minutes' ? ['title', 'topics', 'draft'] : ['title', 'summary', 'date', 'topics', 'draft'];
			expect(fields.slice(0, common.length)).toEqual(common);
			for (const field of fields) {
				const hint = fieldHint(shape[field]!);
				expect(hint, field).toBeTruthy();
				expect(text, field).toContain(`# ${hint}\n${field}:`);
			}
		});
	}

	it('ends the frontmatter, then gives the body the kind starts with', () => {
		for (const kind of ENTRY_KINDS)
			expect(newEntryTemplate(sourceOf(kind), 'A title', '2025-03-12').endsWith(`\n---\n\n${kind.newEntry.body}\n`), kind.id).toBe(true);
	});

	it('leaves out the minutes’ summary and date, so the meeting gives them once read', () => {
		const minutes = ENTRY_KINDS.find((kind) => kind.id === 'minutes')!;
		const text = newEntryTemplate(sourceOf(minutes), 'Spring meeting', '2025-03-12');
		expect(frontmatterOf(text)).not.toHaveProperty('summary');
		expect(frontmatterOf(text)).not.toHaveProperty('date');
		const filled = FILL.reduce((source, [pattern, value]) => source.replace(pattern, value), text);
		expect(minutes.schema(ctx).parse(frontmatterOf(filled))).toMatchObject({ meeting: new Date('2025-03-12'), date: new Date('2025-03-12') });
	});

	it('quotes a title that YAML would otherwise read as something else', () => {
		const text = newEntryTemplate(sourceOf(ENTRY_KINDS[0]), 'Yes: we did it', '2025-03-12');
		expect(frontmatterOf(text).title).toBe('Yes: we did it');
	});

	it('refuses a template field the schema does not have', () => {
		const kind = defineEntryKind({
			...ENTRY_KINDS[0],
			id: 'broken',
			newEntry: { fields: () => ({ funder: 'x', fundr: 'x' }) as never, body: '' },
		});
		expect(() => newEntryTemplate(sourceOf(kind), 'A title', '2025-03-12')).toThrow(
			'The new-entry template of broken sets "fundr", which its schema does not have.',
		);
	});
});

describe('fieldHint', () => {
	it('is the schema description, with the choices of an enum however it is wrapped', () => {
		expect(fieldHint(z.enum(['board', 'agm']).default('board').describe('What kind of meeting it was.'))).toBe(
			'What kind of meeting it was. One of: board, agm.',
		);
		expect(fieldHint(baseSchema(ctx).shape.summary)).toContain('One or two sentences');
	});

	it('is nothing for a field with no description', () => {
		expect(fieldHint(z.string())).toBeUndefined();
	});
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitOf } from '../../scripts/lib/copy-project.ts';

/** The test-only collection: its id, and what its module and entries say, for assertions. */
export const TEST_COLLECTION = {
	id: 'workshops',
	plural: 'Workshops',
	singular: 'workshop',
	description: 'Notes from the workshops members ran, with what each one tried.',
	/** The field every workshop must have, beyond the common ones. */
	requiredField: 'venue',
	/** The two published entries: file name (id), title and venue. */
	entries: [
		{ id: 'knitting-circle', title: 'A knitting circle for carers', venue: 'Slaithwaite Civic Hall', date: '2025-06-02' },
		{ id: 'digital-skills', title: 'Digital skills for home care', venue: 'Marsden Mechanics', date: '2025-07-14' },
	],
	/** The facilitator both entries name: a person in content/people.yaml. */
	facilitator: { id: 'jo-hartley', name: 'Jo Hartley' },
} as const;

/**
 * The whole of a new kind of entry, as a fork would add it: one module in `src/collections/`. Its schema is
 * written inline (a fork may instead keep it in `src/schemas/`), with one required field and its own facts.
 */
const MODULE = `import { z } from 'astro/zod';
import { baseSchema } from '../schemas/base.ts';
import type { SchemaContext } from '../schemas/context.ts';
import { defineEntryKind } from './define-collection.ts';

const workshopSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		venue: z.string().min(1).describe('Where the workshop was held.'),
		facilitator: ctx.reference('people').optional().describe('Who ran it: an id from content/people.yaml.'),
	});

/** Workshops: a collection added by the registry test. */
export const workshops = defineEntryKind({
	id: '${TEST_COLLECTION.id}',
	schema: workshopSchema,
	labels: { singular: '${TEST_COLLECTION.singular}', plural: '${TEST_COLLECTION.plural}' },
	description: '${TEST_COLLECTION.description}',
	jsonLdType: 'Article',
	newEntry: {
		fields: () => ({ venue: 'WRITE: the venue', facilitator: 'WRITE-person-id' }),
		body: 'WRITE: what the workshop tried and what came of it.',
	},
	facts: async (data, { t, people }) => [
		{ label: t.facts.place, items: [{ text: data.venue }] },
		data.facilitator && { label: t.facts.by, items: await people([data.facilitator]) },
	],
	editor: {
		icon: 'groups',
		summary: ['title', 'venue'],
		sortBy: ['date', 'title'],
		form: { essentials: ['title', 'venue', 'facilitator', 'body'], publishing: ['summary', 'date', 'draft', 'topics'] },
	},
});
`;

function entry({ title, venue, date }: (typeof TEST_COLLECTION.entries)[number]): string {
	return `---
title: ${title}
summary: A workshop at ${venue}, written up by the members who ran it.
date: ${date}
topics: [co-production]
venue: ${venue}
facilitator: ${TEST_COLLECTION.facilitator.id}
---

## What we tried

Members met for an afternoon and tried something new together.
`;
}

/**
 * Registers the test-only `workshops` collection in a project copy with a kit of its own (`copyProject`'s
 * `ownKit`), the way CONTRIBUTING.md tells a kit contributor to add a collection: its module in the kit's `src/collections/`, one line in `ENTRY_KINDS`, and its entries in
 * `content/workshops/`. Nothing else in the project is touched.
 */
export function addTestCollection(projectDir: string): void {
	const collections = join(kitOf(projectDir), 'src', 'collections');
	writeFileSync(join(collections, `${TEST_COLLECTION.id}.ts`), MODULE);
	const index = join(collections, 'index.ts');
	const source = readFileSync(index, 'utf8');
	const list = /export const ENTRY_KINDS = \[([^\]]*)\] as const;/;
	if (!list.test(source)) throw new Error('src/collections/index.ts has no ENTRY_KINDS list: update addTestCollection');
	writeFileSync(
		index,
		`import { ${TEST_COLLECTION.id} } from './${TEST_COLLECTION.id}.ts';\n${source.replace(list, (_, kinds: string) => `export const ENTRY_KINDS = [${kinds}, ${TEST_COLLECTION.id}] as const;`)}`,
	);
	const folder = join(projectDir, 'content', TEST_COLLECTION.id);
	mkdirSync(folder, { recursive: true });
	for (const one of TEST_COLLECTION.entries) writeFileSync(join(folder, `${one.id}.md`), entry(one));
}

import { matchesGlob } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import strings from '../i18n/locales/en-GB.ts';
import { choosePlural } from '../lib/text/choose-plural.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { knownReference } from '../schemas/known-reference.ts';
import { describeReference } from './describe-reference.ts';
import { PRACTICE_INTRODUCTION, PRACTICE_QUESTIONS, PRACTICE_SECTIONS } from '../schemas/practice.ts';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from '../schemas/context.ts';
import type { FactHelpers, IdOf, MaybeFact } from './define-collection.ts';
import { DATA_KINDS, ENTRY_COLLECTIONS, ENTRY_GLOB, ENTRY_KINDS, entryIdOf, entryKind, isEntryCollection, isEntryFile } from './index.ts';
import { minutes } from './minutes.ts';
import { practice } from './practice.ts';
import { glossary, topics } from './reference-data.ts';
import { reports } from './reports.ts';

/** References as the checker makes them, with a small known set of ids. */
const KNOWN: Record<ReferenceCollection, string[]> = {
	topics: ['co-production'],
	people: ['sue-richards'],
	organisations: ['cccv', 'power-to-change'],
	series: ['co-production-week'],
	glossary: ['co-production', 'care-co-op'],
	minutes: ['board-2025-01-15'],
};
const ctx: SchemaContext = {
	image: () => z.string() as never,
	reference: <C extends ReferenceCollection>(collection: C) =>
		knownReference(describeReference(collection), new Set(KNOWN[collection])).transform((id): ReferenceTo<C> => ({ id, collection })),
};

const idOf = (ref: IdOf) => (typeof ref === 'string' ? ref : ref.id);
/** Helpers that name each reference by its id, so the facts can be read without a site. */
const helpers: FactHelpers = {
	t: strings,
	organisation: async (ref) => ({ text: `organisation ${idOf(ref)}` }),
	people: async (refs) => refs.map((ref) => ({ text: `person ${idOf(ref)}` })),
	series: async (ref) => ({ text: `series ${idOf(ref)}` }),
	day: (date) => date.toISOString().slice(0, 10),
	month: (date) => date.toISOString().slice(0, 7),
	count: (forms, value) => fillTemplate(choosePlural(forms, value, 'en-GB'), { count: String(value) }),
};
/** The facts as the page shows them: label and item texts, leaving out what the entry leaves out. */
const shown = (facts: readonly MaybeFact[]) =>
	facts.filter((fact) => fact && fact.items.length).map((fact) => fact && [fact.label, fact.items.map((item) => item.text)]);

const common = { title: 'A title', summary: 'A plain summary.', date: '2024-05-01' };

describe('the entry kinds', () => {
	it('have unique ids that are safe as folder names and URL segments, in navigation order', () => {
		expect(ENTRY_COLLECTIONS).toEqual(ENTRY_KINDS.map((kind) => kind.id));
		expect(new Set([...ENTRY_COLLECTIONS, ...DATA_KINDS.map((kind) => kind.id)]).size).toBe(ENTRY_KINDS.length + DATA_KINDS.length);
		for (const id of ENTRY_COLLECTIONS) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	it('each name a singular phrase, a plural heading and a one-sentence description', () => {
		for (const kind of ENTRY_KINDS) {
			expect(kind.labels.singular, kind.id).toMatch(/^[a-z]/);
			expect(kind.labels.plural, kind.id).toMatch(/^[A-Z]/);
			expect(kind.description, kind.id).toMatch(/^[A-Z].*\.$/);
		}
	});

	it('present only fields their schema has to the editor, each in one group of the form at most', () => {
		for (const kind of ENTRY_KINDS) {
			const shape = kind.schema(ctx).shape;
			const { essentials, publishing, source = [], hidden = [] } = kind.editor.form;
			const form = [...essentials, ...publishing, ...source, ...hidden].filter((field) => field !== 'body');
			for (const field of [...kind.editor.summary, ...kind.editor.sortBy, ...form]) expect(shape, `${kind.id}: ${field}`).toHaveProperty(field);
			expect(new Set(form).size, kind.id).toBe(form.length);
		}
	});

	it('are found by id, and an unknown id is refused', () => {
		expect(entryKind('reports')).toBe(reports);
		expect(isEntryCollection('minutes')).toBe(true);
		expect(isEntryCollection('topics')).toBe(false);
		expect(() => entryKind('newsletters')).toThrow('Unknown collection "newsletters"');
	});
});

describe('isEntryFile', () => {
	const cases: [string, boolean][] = [
		['agm.md', true],
		['agm.mdx', true],
		['2024/agm.md', true],
		['_template.md', false],
		['2024/_notes.md', false],
		['photo.png', false],
		['agm.md.bak', false],
		['notes.markdown', false],
	];

	it('counts Markdown and MDX files whose name does not start with _', () => {
		for (const [path, expected] of cases) expect(isEntryFile(path), path).toBe(expected);
	});

	it('agrees with ENTRY_GLOB, the same rule for Astro’s loader', () => {
		for (const [path, expected] of cases) expect(matchesGlob(path, ENTRY_GLOB), path).toBe(expected);
	});

	it('gives entry ids as Astro does, with the folder and without the extension', () => {
		expect(entryIdOf('agm.md')).toBe('agm');
		expect(entryIdOf('2024/agm.mdx')).toBe('2024/agm');
		expect(entryIdOf('2024\\agm.md')).toBe('2024/agm');
	});
});

describe('facts', () => {
	it('show who wrote and funded a report, the period and the outcomes, skipping a missing programme', async () => {
		const data = reports.schema(ctx).parse({
			...common,
			keyPoints: ['A first point.', 'A second point.', 'A third point.'],
			organisation: 'cccv',
			funder: 'power-to-change',
			authors: ['sue-richards'],
			period: { start: '2022-04-01', end: '2022-06-30' },
			outcomes: ['Events', 'A guide'],
		});
		expect(shown(await reports.facts(data, helpers))).toEqual([
			['By', ['organisation cccv', 'person sue-richards']],
			['Funded by', ['organisation power-to-change']],
			['Period covered', ['2022-04-01 to 2022-06-30']],
			['Outcomes', ['Events', 'A guide']],
		]);
	});

	it('show only the months of a period known only by its months', async () => {
		const data = reports.schema(ctx).parse({
			...common,
			keyPoints: ['A first point.', 'A second point.', 'A third point.'],
			organisation: 'cccv',
			funder: 'power-to-change',
			period: { start: '2022-04-01', end: '2022-06-30', precision: 'month' },
			outcomes: ['Events'],
		});
		expect(shown(await reports.facts(data, helpers))).toContainEqual(['Period covered', ['2022-04 to 2022-06']]);
	});

	it('name the kind of meeting and whether minutes are approved, in the strings table’s words', async () => {
		const data = minutes.schema(ctx).parse({ ...common, meeting: '2025-03-12', meetingType: 'agm', approval: { status: 'approved' } });
		expect(shown(await minutes.facts(data, helpers))).toEqual([
			['Meeting', ['Annual general meeting, 2025-03-12']],
			['Status', ['Approved']],
		]);
	});
});

describe('the summary minutes are given when they have none', () => {
	const summarise = (data: object) => minutes.summarise!(minutes.schema(ctx).parse({ title: 'A meeting', ...data }), helpers);

	it('says the kind of meeting, its day and how many decisions it took, in the strings table’s words', () => {
		const decisions = [{ text: 'Agreed the budget.' }, { text: 'Agreed the rota.' }, { text: 'Agreed the date.' }];
		expect(summarise({ meeting: '2025-03-12', decisions })).toBe('Minutes of the board meeting on 2025-03-12: 3 decisions');
		expect(summarise({ meeting: '2025-03-12', meetingType: 'agm', decisions: decisions.slice(0, 1) })).toBe(
			'Minutes of the annual general meeting on 2025-03-12: 1 decision',
		);
		expect(summarise({ meeting: '2025-03-12', meetingType: 'members' })).toBe('Minutes of the members’ meeting on 2025-03-12: no decisions');
	});
});

describe('the checks a kind adds', () => {
	it('find the practice sections a body leaves out: the account of the project and the set questions', () => {
		const all = PRACTICE_SECTIONS.map((section) => `## ${section}\n\nAn answer.`).join('\n\n');
		expect(practice.checkBody!(all)).toEqual([]);
		const [problem] = practice.checkBody!(all.replace('## About the project', '## About us'));
		expect(problem?.message).toContain('Missing: "About the project".');
		const [question] = practice.checkBody!(all.replace(`## ${PRACTICE_QUESTIONS[6]}`, '## Advice'));
		expect(question?.message).toContain(`Missing: "${PRACTICE_QUESTIONS[6]}".`);
	});

	it('count seven set questions, after an account of the project that is not one', () => {
		expect(PRACTICE_QUESTIONS).toHaveLength(7);
		expect(PRACTICE_QUESTIONS.every((question) => question.endsWith('?'))).toBe(true);
		expect(PRACTICE_SECTIONS).toEqual([PRACTICE_INTRODUCTION, ...PRACTICE_QUESTIONS]);
		expect(practice.newEntry.body.match(/^## /gm)).toHaveLength(8);
	});

	it('name each decision id in a set of minutes, with its field', () => {
		const data = minutes.schema(ctx).parse({ ...common, meeting: '2025-03-12', decisions: [{ text: 'One' }, { text: 'Two', id: '2025-03-budget' }] });
		expect(minutes.uniqueIds!(data)).toEqual([{ id: '2025-03-budget', field: 'decisions[1].id', noun: 'decision' }]);
	});

	it('file minutes under the topics of their decisions too', () => {
		const data = minutes.schema(ctx).parse({ ...common, meeting: '2025-03-12', decisions: [{ text: 'One', topics: ['co-production'] }] });
		expect(minutes.topicIds!(data)).toEqual(['co-production']);
	});

	it('want a topic’s id to be the slug of its name', () => {
		expect(topics.checkItem!('co-production', { name: 'Co-production', description: 'x' })).toBeUndefined();
		expect(topics.checkItem!('coproduction', { name: 'Co-production', description: 'x' })).toBe(
			'A topic\'s id is the slug of its name: for "Co-production" use "co-production".',
		);
	});

	it('name a glossary term that lists a form an earlier term already has, which would link to the earlier one', () => {
		const schema = glossary.schema(ctx);
		const items = new Map([
			['co-operative', schema.parse({ term: 'Co-operative', aliases: ['co-op', 'co-ops'], definition: 'A business its members own.', basis: 'own' })],
			[
				'care-co-op',
				schema.parse({ term: 'Care co-op', aliases: ['Co-ops'], definition: 'A co-operative that gives care.', basis: 'own', seeAlso: ['co-production'] }),
			],
		]);
		expect(glossary.checkItems!(items)).toEqual([
			{ id: 'care-co-op', message: '"co-ops" is also a form of "co-operative", which is listed first, so its uses link there. Keep it in one term only.' },
		]);
		items.delete('co-operative');
		expect(glossary.checkItems!(items)).toEqual([]);
	});
});

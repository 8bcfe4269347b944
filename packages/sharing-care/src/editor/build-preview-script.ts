import type { z } from 'astro/zod';
import type { EntryKind } from '../collections/define-collection.ts';
import { nameCollection } from '../data/collection-info.ts';
import type { UiStrings } from '../i18n/locales/en-GB.ts';
import { STRING_PARAMETERS } from '../i18n/string-parameters.ts';
import { findLastUpdate } from '../lib/dates/find-last-update.ts';
import { dateTimeOptions, toDatetimeAttribute } from '../lib/dates/format-date.ts';
import { parseCalendarDate } from '../lib/dates/parse-calendar-date.ts';
import { writeEntryDate } from '../lib/dates/write-entry-date.ts';
import { decisionAnchor } from '../lib/entries/decision-anchor.ts';
import { readKeyPointText } from '../lib/entries/read-key-point-text.ts';
import { countWords, WORDS_PER_MINUTE } from '../lib/text/estimate-reading-time.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { parseInlineText } from '../lib/text/parse-inline-text.ts';
import { SCOPE_ATTRIBUTE } from './build-preview-styles.ts';
import { EDITOR_CONTEXT } from './editor-context.ts';
import { registerPreviewTemplates, type Named, type PreviewPieces } from './preview-templates.ts';

/**
 * The kit's pure functions the editor's preview runs in the browser, sent as their own source: each must refer to
 * nothing outside itself (no constant or function of its module), which build-preview-script.test.ts checks.
 */
export const PREVIEW_KIT = {
	dateTimeOptions,
	parseCalendarDate,
	toDatetimeAttribute,
	writeEntryDate,
	decisionAnchor,
	fillTemplate,
	findLastUpdate,
	readKeyPointText,
	countWords,
};
export type PreviewKit = typeof PREVIEW_KIT;

/** The groups of the strings table the page's article takes its words from. */
export const PREVIEW_STRING_GROUPS = ['facts', 'dates', 'entry', 'minutes', 'decisions', 'actions', 'topics'] as const;

export interface PreviewScriptInput {
	/** The kinds of entry the site publishes (features that are off left out). */
	kinds: readonly EntryKind[];
	/** The site's strings table, with its own wording. */
	strings: UiStrings;
	locale: string;
	dateFormat: Intl.DateTimeFormatOptions;
	/** Topics, people, organisations, series and published minutes by id, as pages link them. */
	names: PreviewPieces['names'];
}

/** A function as an expression, from its source: a method (`facts(data) { … }`) is taken out of an object written around it. */
export function functionCode(fn: (...args: never[]) => unknown): string {
	const source = fn.toString();
	return /^(async\s*)?(function\b|\(|[\w$]+\s*=>)/.test(source) ? source : `Object.values({ ${source} })[0]`;
}

/**
 * A text function of the strings table (`facts.period`), as code that runs in the browser and writes the same words:
 * its own source when that runs alone, or else the words it writes with a `{name}` in each value's place, filled by
 * `sentence` (as a site's own wording is, src/i18n/apply-site-strings.ts). Undefined when neither gives the same words
 * (a function that writes numbers its own way): the preview then does without it.
 */
export function textFunctionCode(fn: (...values: string[]) => unknown, names: readonly string[]): string | undefined {
	const samples = names.map((_, index) => `Sample${index} Words`);
	const expected = fn(...samples);
	try {
		const copy = new Function(`return (${functionCode(fn)});`)() as (...values: string[]) => unknown;
		if (copy(...samples) === expected) return functionCode(fn);
	} catch {
		// It uses something of its module: try its words.
	}
	const template = fn(...names.map((name) => `{${name}}`));
	if (typeof template !== 'string' || names.some((name) => !template.includes(`{${name}}`))) return undefined;
	const filled = fillTemplate(template, Object.fromEntries(names.map((name, index) => [name, samples[index]!])));
	return filled === expected ? `sentence(${JSON.stringify(template)}, ${JSON.stringify(names)})` : undefined;
}

/** Part of the strings table as code: text, lists and groups as they are, text functions as textFunctionCode writes them. */
export function stringsCode(value: unknown, key: string): string | undefined {
	if (typeof value === 'function') {
		const names = (STRING_PARAMETERS as Readonly<Record<string, readonly string[]>>)[key];
		return names ? textFunctionCode(value as (...values: string[]) => unknown, names) : undefined;
	}
	if (Array.isArray(value)) return `[${value.map((item, index) => stringsCode(item, `${key}.${index}`) ?? 'undefined').join(', ')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).flatMap(([name, item]) => {
			const code = stringsCode(item, key ? `${key}.${name}` : name);
			return code === undefined ? [] : [`${JSON.stringify(name)}: ${code}`];
		});
		return `{ ${entries.join(', ')} }`;
	}
	return JSON.stringify(value);
}

/** What a schema fills in for each field an entry leaves out: its defaults (`meetingType: 'board'`, `approval: { status: 'draft' }`). */
export function schemaDefaults(schema: z.ZodObject): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(schema.shape).flatMap(([name, field]) => {
			const result = (field as z.ZodType).safeParse(undefined);
			return result.success && result.data !== undefined ? [[name, result.data]] : [];
		}),
	);
}

/** Capitalises a phrase used mid-sentence, as the type line above an entry's title does: "set of minutes" → "Set of minutes". */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The script the editor's page loads after the editor (/admin/preview-templates.js): it registers a preview
 * template for each kind of entry that draws it as its page will (src/editor/preview-templates.ts). The words,
 * the date format and the names ids stand for are worked out here, at build time, and written into it; so are the
 * kit's pure functions it runs and each kind's `facts()` and `summarise()`, as their own source.
 */
export function buildPreviewScript(input: PreviewScriptInput): string {
	const json = (value: unknown) => JSON.stringify(value);
	const strings = Object.fromEntries(PREVIEW_STRING_GROUPS.map((group) => [group, input.strings[group]]));
	const sentences: PreviewPieces['sentences'] = {
		published: parseInlineText(input.strings.entry.published),
		updated: parseInlineText(input.strings.entry.updated),
		lastReviewed: parseInlineText(input.strings.entry.history.lastReviewed),
		lastUpdated: parseInlineText(input.strings.entry.history.lastUpdated),
		change: parseInlineText(input.strings.entry.history.change),
		approvedAt: parseInlineText(input.strings.minutes.approvedAt),
	};
	const kinds = input.kinds.map((kind) =>
		[
			`id: ${json(kind.id)}`,
			`type: ${json(capitalise(nameCollection(kind, input.strings).singular))}`,
			`defaults: ${json(schemaDefaults(kind.schema(EDITOR_CONTEXT) as z.ZodObject))}`,
			`facts: ${functionCode(kind.facts)}`,
			`summarise: ${kind.summarise ? functionCode(kind.summarise) : 'undefined'}`,
		].join(',\n'),
	);
	const kit = Object.entries(PREVIEW_KIT).map(([name, fn]) => `${name}: ${functionCode(fn)}`);
	return [
		'"use strict";',
		'{',
		`const fillTemplate = ${functionCode(fillTemplate)};`,
		`const sentence = (template, names) => (...values) => fillTemplate(template, Object.fromEntries(names.map((name, index) => [name, String(values[index] ?? '')])));`,
		`(${functionCode(registerPreviewTemplates)})(window, {`,
		`locale: ${json(input.locale)},`,
		`dateFormat: ${json(input.dateFormat)},`,
		`wordsPerMinute: ${json(WORDS_PER_MINUTE)},`,
		`strings: ${stringsCode(strings, '')},`,
		`sentences: ${json(sentences)},`,
		`names: ${json(input.names)},`,
		`kinds: [${kinds.map((kind) => `{\n${kind}\n}`).join(', ')}],`,
		`scopeAttribute: ${json(SCOPE_ATTRIBUTE)},`,
		`}, {\n${kit.join(',\n')}\n});`,
		'}',
		'',
	].join('\n');
}

export type { Named };

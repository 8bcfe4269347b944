import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { FILE_FIELDS } from '../schemas/attachments.ts';
import type { ReferenceCollection } from '../schemas/context.ts';
import { FIELD_MARKS } from './editor-context.ts';

/** How a reference field finds what it may point to: the editor collection (and file) that lists them. */
export interface RelationTarget {
	collection: string;
	file?: string;
	/** Where the id is, such as `topics.*.id` in a list, or `{{slug}}` for an entry's file name. */
	valueField: string;
	/** What the board sees instead of the id, such as `topics.*.name`. */
	displayField: string;
}

/** What turning a schema into editor fields needs besides the schema. */
export interface FieldOptions {
	/** A field's label, from its path in the entry (`decisions`, `text`) and its name. */
	label(name: string, path: readonly string[]): string;
	/** A field's hint, from its path and name, and the schema's description of it; the description when left out. */
	hint?(name: string, path: readonly string[], description: string | undefined): string | undefined;
	/** The words shown for each choice of a field with a fixed set of values, when there are any. */
	choiceLabels(path: readonly string[]): Partial<Record<string, string>> | undefined;
	/** Where the items a reference may point to are listed. */
	relation(collection: ReferenceCollection): RelationTarget;
	/** First values of fields in a new entry, by field path (`draft`), beyond the schema's defaults. */
	newValues?: Partial<Record<string, unknown>>;
}

/** The picture files the checker accepts (src/validation/validate-project.ts). */
const IMAGE_TYPES = '.jpg,.jpeg,.png,.webp,.avif,.gif,.svg';

/** A schema's zod type name (`string`, `optional`, `pipe`…). */
const typeOf = (schema: z.ZodType): string => schema._zod.def.type;

interface Unwrapped {
	/** What the value must be, inside any optional, default or prefault. */
	inner: z.ZodType;
	/** Whether the field may be left out. */
	optional: boolean;
	/** The value used when it is left out. */
	defaultValue?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
	let inner = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		const def = inner._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
		if (def.type === 'optional' || def.type === 'nullable') optional = true;
		else if (def.type === 'default' || def.type === 'prefault') {
			optional = true;
			if (def.type === 'default') defaultValue = def.defaultValue;
		} else break;
		inner = def.innerType!;
	}
	return { inner, optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	value?: number;
	inclusive?: boolean;
	error?: (issue: object) => unknown;
}

const checksOf = (schema: z.ZodType): CheckDef[] =>
	((schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map((check) => check._zod.def);

/** The message a check gives when it fails, where it is a fixed sentence. */
const messageOf = (check: CheckDef): string | undefined => {
	const message = check.error?.({});
	return typeof message === 'string' ? message : undefined;
};

/** Whether a schema is a calendar date: a Date, or text or a Date turned into one (`dateField`). */
function isDate(schema: z.ZodType): boolean {
	if (typeOf(schema) === 'date') return true;
	if (typeOf(schema) !== 'pipe') return false;
	const input = (schema._zod.def as unknown as { in: z.ZodType }).in;
	return typeOf(input) === 'union' && (input._zod.def as unknown as { options: z.ZodType[] }).options.some((option) => typeOf(option) === 'date');
}

/** The patterns a text field must match, each with the schema's own message: `[pattern, message]` as the editor takes them. */
function patternOf(schema: z.ZodType): [string, string] | undefined {
	const def = schema._zod.def as { format?: string; protocol?: RegExp; error?: CheckDef['error'] };
	if (def.format === 'url') {
		const protocol = def.protocol?.source.replace(/^\^|\$$/g, '') ?? 'https?';
		return [`^(${protocol})://\\S+$`, messageOf(def as CheckDef) ?? 'Write a full web address.'];
	}
	const regex = checksOf(schema).find((check) => check.check === 'string_format' && check.format === 'regex' && check.pattern);
	if (!regex?.pattern) return undefined;
	return [regex.pattern.source, messageOf(regex) ?? `This must match ${regex.pattern.source}.`];
}

/** The alternatives of a union. */
const optionsOf = (schema: z.ZodType): readonly z.ZodType[] => (schema._zod.def as unknown as { options: readonly z.ZodType[] }).options;

/**
 * A union the editor shows as its richer form: a line of text or a group of fields (a key point, written as a line
 * or as its words with the sentence it cites) is edited as the group of fields. The editor has no widget for either
 * one or the other, so it writes the group; any other schema is edited as it is.
 */
function editedForm(schema: z.ZodType): z.ZodType {
	if (typeOf(schema) !== 'union') return schema;
	const options = optionsOf(schema);
	const group = options.find((option) => typeOf(option) === 'object');
	return options.length === 2 && group && options.some((option) => typeOf(option) === 'string') ? group : schema;
}

/**
 * The fixed word of a union of a group of fields and that word (a glossary term's basis: the public definition it
 * follows, or `own`), or undefined for any other schema. The editor keeps such a value exactly as written, as it
 * has no widget that can hold either one, and gives a new item the word.
 */
function keptWord(schema: z.ZodType): string | undefined {
	if (typeOf(schema) !== 'union') return undefined;
	const options = optionsOf(schema);
	const word = options.find((option) => typeOf(option) === 'literal');
	const values = word ? (word._zod.def as unknown as { values: readonly unknown[] }).values : [];
	const value = values[0];
	return options.length === 2 && options.some((option) => typeOf(option) === 'object') && values.length === 1 && typeof value === 'string' ? value : undefined;
}

/** The fewest and most items a list may hold. */
function lengthLimits(schema: z.ZodType): { min?: number; max?: number } {
	const limits: { min?: number; max?: number } = {};
	for (const check of checksOf(schema)) {
		if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 0) limits.min = check.minimum;
		if (check.check === 'max_length' && check.maximum !== undefined) limits.max = check.maximum;
	}
	return limits;
}

/** A number's limits and whether it is whole. */
function numberLimits(schema: z.ZodType): { value_type: 'int' | 'float'; min?: number; max?: number } {
	const limits: { value_type: 'int' | 'float'; min?: number; max?: number } = { value_type: 'float' };
	for (const check of checksOf(schema)) {
		if (check.check === 'number_format' && /int/.test(check.format ?? '')) limits.value_type = 'int';
		if (check.check === 'greater_than' && check.value !== undefined) limits.min = check.inclusive ? check.value : check.value + 1;
		if (check.check === 'less_than' && check.value !== undefined) limits.max = check.inclusive ? check.value : check.value - 1;
	}
	return limits;
}

/** One word for one item of a list, from the list's label: "Decisions" → "Decision", "Apologies" → "Apology". */
function singularOf(label: string): string {
	if (/ies$/.test(label)) return label.replace(/ies$/, 'y');
	return label.replace(/(?<!s)s$/, '');
}

function relationField(base: Field, target: RelationTarget, multiple: boolean, limits: { min?: number; max?: number } = {}): Field {
	return {
		...base,
		widget: 'relation',
		collection: target.collection,
		...(target.file ? { file: target.file } : {}),
		value_field: target.valueField,
		display_fields: [target.displayField],
		search_fields: [target.displayField],
		...(multiple ? { multiple: true, ...limits } : {}),
	} as Field;
}

/**
 * The editor field for one schema field: its widget from the zod type (text, number, true/false, a choice, a date,
 * a picture, a reference, a list or a group of fields), required unless the schema lets it be left out, its hint
 * `options.hint` or the schema's `.describe()` text, and the schema's patterns with their own messages. A type with no widget is an error,
 * so a new kind of field cannot be forgotten.
 */
export function buildEditorField(name: string, schema: z.ZodType, options: FieldOptions, parents: readonly string[] = []): Field {
	const path = [...parents, name];
	const { inner: written, optional, defaultValue } = unwrap(schema);
	const inner = editedForm(written);
	const description = schema.description ?? written.description;
	const hint = options.hint ? options.hint(name, path, description) : description;
	const label = options.label(name, path);
	const first = options.newValues?.[path.join('.')] ?? defaultValue;
	const base = {
		name,
		label,
		...(hint ? { hint } : {}),
		...(optional ? { required: false } : {}),
	};
	const word = keptWord(inner);
	// Kept as written, never shown as a widget that would drop the form it cannot hold; a new item gets the word.
	if (word !== undefined) return { name, label, widget: 'hidden', default: word } as Field;
	const mark = FIELD_MARKS.get(inner);
	if (mark?.image) return { ...base, widget: 'image', accept: IMAGE_TYPES, choose_url: false } as Field;
	// A document beside the entry (attachments): uploaded beside it, as a picture is, of the types the checker accepts.
	const file = FILE_FIELDS.get(inner);
	if (file) return { ...base, widget: 'file', accept: file.accept.join(','), choose_url: false } as Field;
	if (mark?.reference) return relationField(base as Field, options.relation(mark.reference), false);
	if (isDate(inner)) {
		// Date only, written as YYYY-MM-DD, which YAML reads back as a date.
		return {
			...base,
			widget: 'datetime',
			type: 'date',
			time_format: false,
			format: 'YYYY-MM-DD',
			...(first === '{{now}}' ? { default: '{{now}}' } : {}),
		} as Field;
	}
	switch (typeOf(inner)) {
		case 'string': {
			const pattern = patternOf(inner);
			// Sentences (what was decided, what a topic covers) get a box of several lines.
			const widget = name === 'text' || name === 'description' ? 'text' : 'string';
			return {
				...base,
				widget,
				...((inner._zod.def as { format?: string }).format === 'url' ? { type: 'url' } : {}),
				...(pattern ? { pattern } : {}),
			} as Field;
		}
		case 'number':
			return { ...base, widget: 'number', ...numberLimits(inner), ...(typeof first === 'number' ? { default: first } : {}) } as Field;
		case 'boolean':
			return { ...base, widget: 'boolean', ...(typeof first === 'boolean' ? { default: first } : {}) } as Field;
		case 'enum': {
			const values = (inner as z.ZodEnum).options as string[];
			const words = options.choiceLabels(path);
			return {
				...base,
				widget: 'select',
				options: values.map((value) => ({ value, label: words?.[value] ?? value })),
				...(typeof first === 'string' ? { default: first } : {}),
			} as Field;
		}
		case 'object': {
			const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
			return { ...base, widget: 'object', fields: Object.entries(shape).map(([key, field]) => buildEditorField(key, field, options, path)) } as Field;
		}
		case 'array': {
			const declared = (inner._zod.def as unknown as { element: z.ZodType }).element;
			const element = editedForm(unwrap(declared).inner);
			const elementMark = FIELD_MARKS.get(unwrap(element).inner);
			const limits = lengthLimits(inner);
			const required = optional && !limits.min ? { required: false } : {};
			if (elementMark?.reference) return relationField({ ...base, ...required } as Field, options.relation(elementMark.reference), true, limits);
			const list = { ...base, ...required, widget: 'list', label_singular: singularOf(label), ...limits };
			if (typeOf(unwrap(element).inner) === 'object') {
				const shape = (unwrap(element).inner as z.ZodObject).shape as Record<string, z.ZodType>;
				const fields = Object.entries(shape).map(([key, field]) => buildEditorField(key, field, options, path));
				// Each item's line in the list: what was decided or done, or when and what changed.
				const summary = shape.text ? '{{fields.text}}' : shape.note && shape.date ? '{{fields.date}}: {{fields.note}}' : undefined;
				return { ...list, fields, ...(summary ? { summary } : {}) } as Field;
			}
			// A list of lines: each item its own box, labelled like the list.
			const item: Record<string, unknown> = { ...buildEditorField('item', element, options, path), label: singularOf(label) };
			delete item.hint;
			return { ...list, field: item } as Field;
		}
		default:
			throw new Error(
				`The web editor has no field for "${path.join('.')}", whose schema type is ${typeOf(inner)}. Add one in src/editor/build-editor-fields.ts.`,
			);
	}
}

/** The editor fields of an object schema, in the schema's order. */
export function buildEditorFields(schema: z.ZodObject, options: FieldOptions, parents: readonly string[] = []): Field[] {
	return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => buildEditorField(name, field, options, parents));
}

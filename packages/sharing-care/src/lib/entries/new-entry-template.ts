import { z } from 'astro/zod';
import { stringify } from 'yaml';
import type { EntryKind } from '../../collections/define-collection.ts';
import type { SchemaContext } from '../../schemas/context.ts';

/** A context that builds a schema only to read its fields: pictures and references are plain text. */
const READING: SchemaContext = { image: () => z.string() as never, reference: () => z.string() as never };

/** What a field's value must be: the schema inside any optional, default or prefault wrapper. */
function unwrap(field: z.ZodType): z.ZodType {
	let inner = field;
	while ('innerType' in inner.def) inner = inner.def.innerType as z.ZodType;
	return inner;
}

/** A field's hint: its schema description and, for a choice, the values it takes. */
export function fieldHint(field: z.ZodType): string | undefined {
	const inner = unwrap(field);
	const choices = inner instanceof z.ZodEnum ? ` One of: ${inner.options.join(', ')}.` : '';
	return field.description ? `${field.description}${choices}` : undefined;
}

/**
 * A new entry's file: the common fields, then the kind's own (`newEntry.fields`), each under a comment that is
 * its schema hint, with placeholders marking what to write; then the kind's body. A field the schema does not
 * have is an error.
 */
export function newEntryTemplate(kind: EntryKind, title: string, today: string): string {
	const shape = kind.schema(READING).shape as Record<string, z.ZodType>;
	const fields: Record<string, unknown> = {
		title,
		summary: 'WRITE: a one-sentence summary',
		date: today,
		topics: [],
		draft: true,
		...kind.newEntry.fields(today),
	};
	const lines = Object.entries(fields).map(([name, value]) => {
		const field = shape[name];
		if (!field) throw new Error(`The new-entry template of ${kind.id} sets "${name}", which its schema does not have.`);
		const hint = fieldHint(field);
		return `${hint ? `# ${hint}\n` : ''}${stringify({ [name]: value }, { lineWidth: 0 }).trimEnd()}`;
	});
	return `---\n${lines.join('\n')}\n---\n\n${kind.newEntry.body}\n`;
}

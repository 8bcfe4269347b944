import { z } from 'astro/zod';
import { stringify } from 'yaml';

/** What a new entry's file is made from: an entry kind's id, its frontmatter fields and its `newEntry` template. */
export interface NewEntrySource {
	/** The kind's id, to name it in an error: `reports`. */
	id: string;
	/** The kind's frontmatter fields by name: its schema's `shape`. */
	shape: Readonly<Record<string, z.ZodType>>;
	/** The fields a new entry starts with (in order, with their first values) and the body it starts with. */
	newEntry: { fields(today: string): object; body: string };
}

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
 * its schema hint, with placeholders marking what to write; then the kind's body. A common field the kind sets to
 * `undefined` is left out; a field the schema does not have is an error.
 */
export function newEntryTemplate(kind: NewEntrySource, title: string, today: string): string {
	const fields: Record<string, unknown> = {
		title,
		summary: 'WRITE: a one-sentence summary',
		date: today,
		topics: [],
		draft: true,
		...kind.newEntry.fields(today),
	};
	const lines = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => {
			const field = kind.shape[name];
			if (!field) throw new Error(`The new-entry template of ${kind.id} sets "${name}", which its schema does not have.`);
			const hint = fieldHint(field);
			return `${hint ? `# ${hint}\n` : ''}${stringify({ [name]: value }, { lineWidth: 0 }).trimEnd()}`;
		});
	return `---\n${lines.join('\n')}\n---\n\n${kind.newEntry.body}\n`;
}

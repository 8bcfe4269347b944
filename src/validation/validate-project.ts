import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, parse, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { SiteEnv } from '../config/resolve-site-config.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, ENTRY_COLLECTIONS, type DataCollection, type EntryCollection } from '../data/paths.ts';
import { readKnownIds } from '../data/read-known-ids.ts';
import { explainIssue, formatFieldPath } from '../lib/format-issues.ts';
import { hasPlaceholder, PLACEHOLDER_MARK } from '../lib/has-placeholder.ts';
import { slugify } from '../lib/slugify.ts';
import { auditSchema } from '../schemas/audits.ts';
import { blogSchema } from '../schemas/blog.ts';
import type { ImageMetadata } from 'astro';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from '../schemas/context.ts';
import { knownReference } from '../schemas/known-reference.ts';
import { minutesSchema } from '../schemas/minutes.ts';
import { practiceSchema, PRACTICE_QUESTIONS } from '../schemas/practice.ts';
import { organisationSchema, personSchema, seriesSchema, topicSchema } from '../schemas/reference-data.ts';
import { reportSchema } from '../schemas/reports.ts';
import type { Problem } from './problem.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { validateConfig } from './validate-config.ts';

const entrySchemas: Record<EntryCollection, (ctx: SchemaContext) => z.ZodType> = {
	reports: reportSchema,
	audits: auditSchema,
	practice: practiceSchema,
	blog: blogSchema,
	minutes: minutesSchema,
};

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);

/**
 * The schemas of one checking run, outside Astro: built once per collection, not once per entry.
 * Images are local files, resolved against the entry being checked (`check()` sets it; parsing is
 * synchronous, so it cannot change mid-parse); references must name ids that exist.
 */
function createSchemas(root: string) {
	let entryFile = root;
	const ctx: SchemaContext = {
		// The checker only validates the path; Astro turns it into image metadata when it builds.
		image: () =>
			z.string().superRefine((src, issue) => {
				if (!IMAGE_EXTENSIONS.has(extname(src).toLowerCase())) {
					issue.addIssue({ code: 'custom', message: `"${src}" is not an image file. Use a .jpg, .png, .webp, .avif or .svg file.` });
				} else if (!existsSync(resolve(dirname(entryFile), src))) {
					issue.addIssue({ code: 'custom', message: `The image "${src}" was not found. Put it next to the entry (or give the path from the entry's folder, such as ./images/photo.jpg).` });
				}
			}) as unknown as z.ZodType<ImageMetadata>,
		reference: <C extends ReferenceCollection>(collection: C) =>
			knownReference(collection, () => readKnownIds(collection, root)).transform((id): ReferenceTo<C> => ({ id, collection })),
	};
	const built = new Map<EntryCollection, z.ZodType>();
	const people = personSchema(ctx);
	return {
		/** Validates an entry's frontmatter with its collection's schema. */
		checkEntry(collection: EntryCollection, file: string, data: unknown) {
			entryFile = file;
			if (!built.has(collection)) built.set(collection, entrySchemas[collection](ctx));
			return built.get(collection)!.safeParse(data);
		},
		/** The schema of one reference-data collection. */
		dataSchema(collection: DataCollection): z.ZodType {
			return collection === 'people' ? people : { topics: topicSchema, organisations: organisationSchema, series: seriesSchema }[collection];
		},
	};
}

type Schemas = ReturnType<typeof createSchemas>;

function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): Problem[] {
	return issues.map((issue) => {
		const field = formatFieldPath(issue.path);
		return { file, ...(field ? { field } : {}), message: explainIssue(issue as Parameters<typeof explainIssue>[0], data) };
	});
}

function listEntryFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name) && !parse(name).base.startsWith('_'))
		.sort();
}

/** Lines (not comments) that still hold a placeholder from `npm run new` or `npm run new-site`. */
export function findPlaceholders(source: string): number[] {
	const lines: number[] = [];
	source.split('\n').forEach((text, index) => {
		if (!text.trimStart().startsWith('#') && hasPlaceholder(text)) lines.push(index + 1);
	});
	return lines;
}

/** Markdown images with no alt text: `![](photo.jpg)`, and HTML `<img>` with no alt attribute. */
function findImagesWithoutAlt(body: string, bodyLine: number): number[] {
	const lines: number[] = [];
	body.split('\n').forEach((text, index) => {
		if (/!\[\s*\]\(/.test(text) || /<img\b(?![^>]*\balt=)[^>]*>/i.test(text)) lines.push(bodyLine + index);
	});
	return lines;
}

function validateEntry(root: string, schemas: Schemas, collection: EntryCollection, name: string): { problems: Problem[]; data?: Record<string, unknown> } {
	const path = join(root, CONTENT_DIR, collection, name);
	const file = relative(root, path);
	const source = readFileSync(path, 'utf8');
	const parsed = readFrontmatter(source);
	if (!parsed.ok) return { problems: [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }] };
	const problems: Problem[] = [];
	const result = schemas.checkEntry(collection, path, parsed.data);
	if (!result.success) problems.push(...issuesToProblems(file, result.error.issues, parsed.data));
	for (const line of findPlaceholders(source)) {
		problems.push({ file, line, message: `This line still has a ${PLACEHOLDER_MARK} placeholder. Replace it with the real text.` });
	}
	for (const line of findImagesWithoutAlt(parsed.body, parsed.bodyLine)) {
		problems.push({ file, line, message: 'This image has no alt text. Describe it in the square brackets: ![A group of members at the Watershed event](photo.jpg).' });
	}
	if (collection === 'practice') {
		const headings = [...parsed.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
		const missing = PRACTICE_QUESTIONS.filter((question) => !headings.includes(question));
		if (missing.length) {
			problems.push({ file, message: `A practice example answers each of the standard questions under a "## " heading. Missing: ${missing.map((q) => `"${q}"`).join(', ')}.` });
		}
	}
	return { problems, ...(result.success ? { data: result.data as Record<string, unknown> } : {}) };
}

function validateDataFile(root: string, schemas: Schemas, collection: DataCollection): Problem[] {
	const path = join(root, CONTENT_DIR, `${collection}.yaml`);
	const file = relative(root, path);
	if (!existsSync(path)) return [{ file, message: `This file is missing. It lists the ${collection} that entries refer to.` }];
	const document = parseDocument(readFileSync(path, 'utf8'));
	const error = document.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		return [{ file, ...(line ? { line } : {}), message: `This is not valid YAML: ${error.message.split('\n')[0]}.` }];
	}
	const data = (document.toJS() ?? {}) as Record<string, unknown>;
	const schema = schemas.dataSchema(collection);
	const problems: Problem[] = [];
	for (const [id, value] of Object.entries(data)) {
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push({ file, field: id, message: `The id "${id}" must use lower-case letters, numbers and hyphens only.` });
		const result = schema.safeParse(value);
		if (!result.success) problems.push(...issuesToProblems(file, result.error.issues, value).map((p) => ({ ...p, field: p.field ? `${id}.${p.field}` : id })));
		else if (collection === 'topics') {
			const expected = slugify((result.data as { name: string }).name);
			if (expected !== id) problems.push({ file, field: id, message: `A topic's id is the slug of its name: for "${(result.data as { name: string }).name}" use "${expected}".` });
		}
	}
	return problems;
}

/**
 * Checks everything the build depends on, without building: the site config, the reference data and
 * every entry. Returns every problem found, each naming the file and field.
 */
export async function validateProject(root: string, env: SiteEnv = process.env): Promise<Problem[]> {
	const problems: Problem[] = [...(await validateConfig(root, env))];
	const schemas = createSchemas(root);
	for (const collection of DATA_COLLECTIONS) problems.push(...validateDataFile(root, schemas, collection));
	const decisionIds = new Map<string, string>();
	for (const collection of ENTRY_COLLECTIONS) {
		const seen = new Map<string, string>();
		for (const name of listEntryFiles(join(root, CONTENT_DIR, collection))) {
			const file = join(CONTENT_DIR, collection, name);
			const id = join(parse(name).dir, parse(name).name);
			const clash = seen.get(id);
			if (clash) {
				problems.push({ file, message: `This has the same name as ${clash}, so both would be published at /${collection}/${id}/. Rename one of them.` });
				continue;
			}
			seen.set(id, file);
			const { problems: found, data } = validateEntry(root, schemas, collection, name);
			problems.push(...found);
			if (collection === 'minutes' && data) {
				(data.decisions as { id?: string }[]).forEach((decision, index) => {
					if (!decision.id) return;
					const other = decisionIds.get(decision.id);
					if (other) problems.push({ file, field: `decisions[${index}].id`, message: `The decision id "${decision.id}" is already used in ${other}. Each decision needs its own id.` });
					else decisionIds.set(decision.id, file);
				});
			}
		}
	}
	return problems;
}

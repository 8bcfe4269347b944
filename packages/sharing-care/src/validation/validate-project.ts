import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { describeReference } from '../collections/describe-reference.ts';
import { DATA_KINDS, ENTRY_KINDS, entryIdOf, isEntryFile, type DataKind, type EntryKind } from '../collections/index.ts';
import type { SiteEnv } from '../config/resolve-site-config.ts';
import { CONTENT_DIR } from '../config/paths.ts';
import { readKnownIds } from '../data/read-known-ids.ts';
import { explainIssue, formatFieldPath } from '../lib/entries/format-issues.ts';
import { hasPlaceholder, PLACEHOLDER_MARK } from '../lib/text/has-placeholder.ts';
import { keyItemsById } from '../lib/entries/key-items-by-id.ts';
import { parseFragment, readAttribute } from '../lib/html/read-html.ts';
import { selectAll } from 'hast-util-select';
import type { ImageMetadata } from 'astro';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from '../schemas/context.ts';
import { knownReference } from '../schemas/known-reference.ts';
import { findMissingDraftLine, findOverdueReview, findUnfaithfulKeyPoints, findUnsupportedKeyPoints, type CheckedEntry } from './find-content-warnings.ts';
import { attachmentLimitOf, findAttachmentProblems } from './find-attachment-problems.ts';
import { readSiteCheckWords } from './read-site-check-words.ts';
import { findOutdatedContent } from './find-outdated-content.ts';
import type { Problem } from '../lib/text/format-problems.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { checkConfigFile, findConfigWarnings, type RepositoryEnv } from './validate-config.ts';
import { readSiteWording } from './validate-strings.ts';

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
					issue.addIssue({
						code: 'custom',
						message: `The image "${src}" was not found. Put it next to the entry (or give the path from the entry's folder, such as ./images/photo.jpg).`,
					});
				}
			}) as unknown as z.ZodType<ImageMetadata>,
		reference: <C extends ReferenceCollection>(collection: C) =>
			knownReference(describeReference(collection), () => readKnownIds(collection, root)).transform((id): ReferenceTo<C> => ({ id, collection })),
	};
	const built = new Map<string, z.ZodType>();
	/** A collection's schema, built on first use. */
	const schemaOf = (kind: EntryKind | DataKind) => {
		if (!built.has(kind.id)) built.set(kind.id, kind.schema(ctx));
		return built.get(kind.id)!;
	};
	return {
		/** Validates an entry's frontmatter with its collection's schema. */
		checkEntry(kind: EntryKind, file: string, data: unknown) {
			entryFile = file;
			return schemaOf(kind).safeParse(data);
		},
		/** The schema of one reference-data collection. */
		dataSchema: (kind: DataKind): z.ZodType => schemaOf(kind),
		/** Whether a collection's entries have a field. */
		hasField: (kind: EntryKind, field: string): boolean => field in (schemaOf(kind) as z.ZodObject).shape,
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
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isEntryFile).sort();
}

/** Lines (not comments) that still hold a placeholder from `npm run new` or a new site (`npm create sharing-care`). */
function findPlaceholders(source: string): number[] {
	const lines: number[] = [];
	source.split('\n').forEach((text, index) => {
		if (!text.trimStart().startsWith('#') && hasPlaceholder(text)) lines.push(index + 1);
	});
	return lines;
}

/** Where an image has no alt text, and how it was written: a Markdown image `![](photo.jpg)`, or an HTML `<img>` with no alt attribute. */
function findImagesWithoutAlt(body: string, bodyLine: number): { line: number; html: boolean }[] {
	const found: { line: number; html: boolean }[] = [];
	body.split('\n').forEach((text, index) => {
		if (/!\[\s*\]\(/.test(text)) found.push({ line: bodyLine + index, html: false });
		// A line with HTML is parsed only when it has no Markdown image without alt text, which is reported first.
		else if (text.includes('<') && selectAll('img', parseFragment(text)).some((image) => readAttribute(image, 'alt') === undefined))
			found.push({ line: bodyLine + index, html: true });
	});
	return found;
}

function validateEntry(root: string, schemas: Schemas, kind: EntryKind, name: string): { problems: Problem[]; entry?: CheckedEntry } {
	const path = join(root, CONTENT_DIR, kind.id, name);
	const file = relative(root, path);
	const source = readFileSync(path, 'utf8');
	const parsed = readFrontmatter(source);
	if (!parsed.ok) return { problems: [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }] };
	const problems: Problem[] = [];
	const result = schemas.checkEntry(kind, path, parsed.data);
	if (!result.success) problems.push(...issuesToProblems(file, result.error.issues, parsed.data));
	for (const line of findPlaceholders(source)) {
		problems.push({ file, line, message: `This line still has a ${PLACEHOLDER_MARK} placeholder. Replace it with the real text.` });
	}
	for (const { line, html } of findImagesWithoutAlt(parsed.body, parsed.bodyLine)) {
		const fix = html
			? 'Describe it in an alt attribute: <img src="photo.jpg" alt="A group of members at the Watershed event">.'
			: 'Describe it in the square brackets: ![A group of members at the Watershed event](photo.jpg).';
		problems.push({ file, line, message: `This image has no alt text. ${fix}` });
	}
	for (const problem of kind.checkBody?.(parsed.body) ?? []) {
		problems.push({ file, ...(problem.line ? { line: parsed.bodyLine + problem.line - 1 } : {}), message: problem.message });
	}
	return { problems, ...(result.success ? { entry: { file, written: parsed.data, data: result.data as Record<string, unknown>, body: parsed.body } } : {}) };
}

function validateDataFile(root: string, schemas: Schemas, kind: DataKind): Problem[] {
	const path = join(root, CONTENT_DIR, `${kind.id}.yaml`);
	const file = relative(root, path);
	if (!existsSync(path)) return kind.optional ? [] : [{ file, message: `This file is missing. It lists the ${kind.id} that entries refer to.` }];
	const lines = new LineCounter();
	const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
	const error = document.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		return [{ file, ...(line ? { line } : {}), message: `This is not valid YAML: ${error.message.split('\n')[0]}.` }];
	}
	const { items, problems: listProblems } = keyItemsById(document.toJS());
	const schema = schemas.dataSchema(kind);
	/** The line an item of the list starts on. */
	const lineOf = (item: number | undefined) => {
		const start = item && isSeq(document.contents) ? document.contents.items[item - 1]?.range?.[0] : undefined;
		return start === undefined ? {} : { line: lines.linePos(start).line };
	};
	const problems: Problem[] = listProblems.map(({ item, message }) => ({ file, ...lineOf(item), message }));
	const valid = new Map<string, Record<string, unknown>>();
	for (const [id, value] of Object.entries(items)) {
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
			problems.push({ file, field: id, message: `The id "${id}" must use lower-case letters, numbers and hyphens only.` });
		const result = schema.safeParse(value);
		if (!result.success) problems.push(...issuesToProblems(file, result.error.issues, value).map((p) => ({ ...p, field: p.field ? `${id}.${p.field}` : id })));
		else {
			valid.set(id, result.data as Record<string, unknown>);
			const message = kind.checkItem?.(id, result.data as Record<string, unknown>);
			if (message) problems.push({ file, field: id, message });
		}
	}
	for (const { id, message } of kind.checkItems?.(valid) ?? []) problems.push({ file, field: id, message });
	return problems;
}

/** What checking a project found: problems, which stop a build, and warnings, reminders that do not. */
export interface ProjectCheck {
	problems: Problem[];
	warnings: Problem[];
}

/**
 * Checks everything the build depends on, without building: the site config, the reference data and every entry.
 * Returns every problem found, each naming the file and field, and warnings: key points that use words their entry
 * does not, that cite a sentence the entry does not have or leave out its qualifiers, guidance due for review on
 * `today`, and review before publishing (`editor.review`) with no GitHub repository for the editor.
 */
export function checkProject(root: string, env: SiteEnv & RepositoryEnv = process.env, today: Date = new Date()): Promise<ProjectCheck> {
	return inspectProject(root, env, today);
}

/** The problems `checkProject` finds: everything that would stop a build. Warnings are not looked for, which keeps the build's check short. */
export async function validateProject(root: string, env: SiteEnv = process.env): Promise<Problem[]> {
	return (await inspectProject(root, env, undefined)).problems;
}

/** Finds the problems, and the warnings for `today` when one is given. */
async function inspectProject(root: string, env: SiteEnv & RepositoryEnv, today: Date | undefined): Promise<ProjectCheck> {
	// The site's wording (content/strings.yaml), read once: its problems, and its own stop words for the warnings.
	const wording = readSiteWording(root);
	// The config, read and checked once: its problems, and the settings the checks below depend on.
	const { problems: configProblems, config } = await checkConfigFile(root, env);
	const problems: Problem[] = [...configProblems, ...(wording?.problems ?? [])];
	// The config's reminders (review before publishing with no GitHub repository), when warnings are looked for.
	const warnings: Problem[] = today && config ? findConfigWarnings(config, root, env) : [];
	// Content in an older kit's format: the one thing to fix is to run the upgrade, not its errors item by item.
	const outdated = findOutdatedContent(root);
	if (outdated.length) return { problems: [...problems, ...outdated], warnings };
	const schemas = createSchemas(root);
	/** The largest document an entry may publish (`attachments.maxSizeMB`). */
	const maxSizeMB = attachmentLimitOf(config);
	/** The words key points are checked with, in the site's language, when warnings are looked for. */
	const words = today ? await readSiteCheckWords(config?.locale, wording) : undefined;
	for (const kind of DATA_KINDS) problems.push(...validateDataFile(root, schemas, kind as DataKind));
	for (const kind of ENTRY_KINDS as readonly EntryKind[]) {
		const seen = new Map<string, string>();
		/** Ids that must be unique across the collection (`uniqueIds`), with the file that used each first. */
		const claimed = new Map<string, string>();
		for (const name of listEntryFiles(join(root, CONTENT_DIR, kind.id))) {
			const file = join(CONTENT_DIR, kind.id, name);
			const id = entryIdOf(name);
			const clash = seen.get(id);
			if (clash) {
				problems.push({ file, message: `This has the same name as ${clash}, so both would be published at /${kind.id}/${id}/. Rename one of them.` });
				continue;
			}
			seen.set(id, file);
			const { problems: found, entry } = validateEntry(root, schemas, kind, name);
			problems.push(...found);
			if (entry) problems.push(...findAttachmentProblems(join(root, file), file, entry.data, maxSizeMB));
			if (entry && today && words) {
				warnings.push(
					...findMissingDraftLine(entry),
					...findUnsupportedKeyPoints(entry, words.stopWords),
					...findUnfaithfulKeyPoints(entry, words.qualifiers),
					...findOverdueReview(entry, schemas.hasField(kind, 'lastReviewed'), today),
				);
			}
			for (const unique of (entry && kind.uniqueIds?.(entry.data)) || []) {
				const other = claimed.get(unique.id);
				if (other)
					problems.push({
						file,
						field: unique.field,
						message: `The ${unique.noun} id "${unique.id}" is already used in ${other}. Each ${unique.noun} needs its own id.`,
					});
				else claimed.set(unique.id, file);
			}
		}
	}
	return { problems, warnings };
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import { join } from 'node:path';

/** A file a migration rewrote (or, in a dry run, would rewrite), relative to the site folder. */
export interface FileChange {
	/** The file, relative to the site folder, with forward slashes: `content/topics.yaml`. */
	file: string;
	/** What changed in it, in a few words: "13 items". */
	detail: string;
}

/** A file a migration could not rewrite, left as it was, and why, said so a board member can fix it. */
export interface FileFailure {
	file: string;
	message: string;
}

/** What a migration did to a site: the files it changed, and those it could not. */
export interface MigrationResult {
	changed: FileChange[];
	failed: FileFailure[];
}

/** How a migration is applied. */
export interface ApplyOptions {
	/** Work out what would change, but write nothing. */
	dryRun?: boolean;
}

/**
 * One change of content format between versions of the kit: finds a site's files still in the old format and
 * rewrites them in the new one. `npx sharing-care upgrade` applies every migration in MIGRATIONS, in order;
 * the content check names the files `detect` finds.
 */
export interface Migration {
	/** A short name for it, in kebab case: `reference-data-lists`. */
	readonly id: string;
	/** The kit version that introduced the new format: `0.2.0`. */
	readonly version: string;
	/** One sentence on what it changes, for a board member, as the upgrade lists it. */
	readonly description: string;
	/** The files still in the old format, relative to the site folder. Files it cannot read are left to `apply` and the content check to report. */
	detect(root: string): string[];
	/** Rewrites the files still in the old format (writes nothing when `dryRun`), and says what it changed and what it could not. */
	apply(root: string, options?: ApplyOptions): MigrationResult;
}

/** Why a file cannot be converted, said for a board member: what is wrong and what to do. */
export class ConversionError extends Error {}

/** A file's text in the new format, and what changed in a few words ("13 items"). */
export interface Conversion {
	text: string;
	detail: string;
}

/**
 * A migration that rewrites files one at a time, each with a pure conversion of its text: the part worth
 * testing on its own, with no files. `defineFileMigration` adds the reading and writing.
 */
export interface FileMigration {
	readonly id: string;
	readonly version: string;
	readonly description: string;
	/** The files it may rewrite, relative to the site folder, with forward slashes; files that are not there are skipped. */
	readonly files: readonly string[];
	/** Whether a file's text is in the old format: false for text it cannot read, which is not known to be. */
	isOutdated(text: string): boolean;
	/** The text in the new format, or undefined when it is in the new format already. Throws a ConversionError when it cannot convert it. */
	convert(text: string): Conversion | undefined;
}

/** Reads a file a migration may rewrite, or undefined when the site does not have it. */
function readIfThere(root: string, file: string): string | undefined {
	const path = join(root, file);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Says why a file could not be converted: a ConversionError's own words, or what went wrong reading or writing it. */
function explainFailure(error: unknown): string {
	if (error instanceof ConversionError) return error.message;
	return `The file could not be read or written (${error instanceof Error ? error.message : String(error)}). Check that it is there and that you may change it, then run the upgrade again.`;
}

/**
 * Makes a Migration of a file-by-file conversion. Each file is converted, and written, on its own: one that
 * cannot be converted is named and left exactly as it was, and the others are still rewritten.
 */
export function defineFileMigration(spec: FileMigration): Migration {
	return {
		id: spec.id,
		version: spec.version,
		description: spec.description,
		detect(root) {
			return spec.files.filter((file) => {
				try {
					const text = readIfThere(root, file);
					return text !== undefined && spec.isOutdated(text);
				} catch {
					return false; // Unreadable: `apply` and the content check say so.
				}
			});
		},
		apply(root, options = {}) {
			const result: MigrationResult = { changed: [], failed: [] };
			for (const file of spec.files) {
				try {
					const text = readIfThere(root, file);
					const conversion = text === undefined ? undefined : spec.convert(text);
					if (!conversion) continue;
					if (!options.dryRun) writeFileSync(join(root, file), conversion.text);
					result.changed.push({ file, detail: conversion.detail });
				} catch (error) {
					result.failed.push({ file, message: explainFailure(error) });
				}
			}
			return result;
		},
	};
}

/**
 * How a migration writes a YAML file back: long lines are kept whole (the yaml package would otherwise fold every
 * line longer than 80 characters), and short lists are written as the content writes them, `[a, b]`.
 */
export const YAML_WRITE_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** Parses a YAML file a migration rewrites, or throws a ConversionError naming the line of its first YAML mistake. */
export function readYamlDocument(text: string): Document {
	const document = parseDocument(text);
	const error = document.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		throw new ConversionError(`This is not valid YAML${line ? ` (line ${line})` : ''}: ${what}. Fix it, then run the upgrade again.`);
	}
	return document;
}

import { isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { CONTENT_DIR } from '../config/paths.ts';
import { findClosest } from '../lib/text/find-closest.ts';
import { findPlaceholders } from '../lib/text/find-placeholders.ts';
import type { Problem } from '../lib/text/format-problems.ts';
import { findSlot, listOpenKeys, type StringPath, type StringSlot, type StringSlots } from './describe-strings.ts';

/**
 * The file in which a site rewords the kit's UI text, one piece per line, by its key in the strings table:
 * `home.startHere: Where to begin`. The same keys may be nested (`home:` then `startHere:` below it), as the web
 * editor writes them.
 */
export const SITE_STRINGS_FILE = `${CONTENT_DIR}/strings.yaml`;

/** Where a site's reader finds every key, with the kit's own words: the reference strings table, as installed. */
const TABLE_FILE = 'node_modules/sharing-care/src/i18n/locales/en-GB.ts';

/** One piece of UI text as a site rewords it: where it sits in the strings table, and the site's words. */
export type StringOverride =
	| { kind: 'text'; path: StringPath; value: string }
	| { kind: 'list'; path: StringPath; value: readonly string[] }
	| { kind: 'function'; path: StringPath; value: string; parameters: readonly string[] };

/** A site's wording, read: what may be applied, and every problem found, each naming the file, the key and the fix. */
export interface SiteStrings {
	overrides: StringOverride[];
	problems: Problem[];
}

/** One key the file gives, nested keys joined with dots, and the line it is on. */
interface GivenString {
	key: string;
	line: number | undefined;
	value: unknown;
}

/** "a", "a and b", "a, b and c". */
const listWords = (words: readonly string[]) => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);
const marks = (names: readonly string[]) => listWords(names.map((name) => `{${name}}`));

/** What YAML read a value as, when it is not words. */
function describeValue(value: unknown): string {
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `${value}, which YAML reads as yes or no`;
	if (Array.isArray(value)) return 'a list';
	return 'a group of keys';
}

const EMPTY = 'This is empty. Write your words after the colon, or remove the line to keep the kit’s own words.';

/** The problem with one piece of text a site gives, if its value is not words: undefined when it is. */
function checkWords(value: unknown, key: string): string | undefined {
	if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return EMPTY;
	if (typeof value === 'string') return undefined;
	if (Array.isArray(value)) return `This is a list, but ${key} is one piece of text. Write the words after the colon, on the same line as the key.`;
	return `Found ${describeValue(value)}, but this should be words. Write the words after the colon, in quotes when they look like a number or start with a symbol: ${key}: "Your words".`;
}

/** The problem with a `{name}` mark the site's words use that the text cannot fill in, if there is one. */
function checkMarks(words: string, slot: { placeholders: readonly string[] }): string | undefined {
	const unknown = findPlaceholders(words).filter((name) => !slot.placeholders.includes(name));
	if (!unknown.length) return undefined;
	const one = unknown.length === 1;
	if (!slot.placeholders.length) return `This text fills in no values, so ${marks(unknown)} would be shown as written. Write the words themselves.`;
	return `${marks(unknown)} ${one ? 'is not a value' : 'are not values'} this text can fill in, so ${one ? 'it' : 'they'} would be shown as written. It can fill in ${marks(slot.placeholders)}: use ${slot.placeholders.length === 1 ? 'that' : 'those'}, spelled the same way, or write the words themselves.`;
}

/** Checks one key a site gives against what the strings table holds there: its override, or its problems. */
function checkGiven({ key, line, value }: GivenString, slot: StringSlot): { override?: StringOverride; problems: Problem[] } {
	const at = (field: string, message: string): Problem => ({ file: SITE_STRINGS_FILE, ...(line ? { line } : {}), field, message });
	if (slot.kind === 'group') {
		const examples = slot.keys.slice(0, 2).map((example) => `"${example}"`);
		return { problems: [at(key, `This is a group of texts, not one piece of text: reword each on a line of its own, such as ${listWords(examples)}.`)] };
	}
	if (slot.kind === 'list') {
		if (!Array.isArray(value)) {
			const message =
				value === null || value === undefined
					? EMPTY
					: 'This text is a list of sentences shown one after another. Write each on a line of its own below the key, starting with "- ", as the kit’s strings table lists them.';
			return { problems: [at(key, message)] };
		}
		const items: readonly unknown[] = value;
		const problems = items.flatMap((item, index) => {
			const message = checkWords(item, `${key}[${index}]`) ?? checkMarks(String(item), slot);
			return message ? [at(`${key}[${index}]`, message)] : [];
		});
		return problems.length ? { problems } : { override: { kind: 'list', path: slot.path, value: items.map(String) }, problems };
	}
	const message = checkWords(value, key) ?? checkMarks(String(value), slot);
	if (message) return { problems: [at(key, message)] };
	const words = String(value);
	return {
		override:
			slot.kind === 'function'
				? { kind: 'function', path: slot.path, value: words, parameters: slot.parameters }
				: { kind: 'text', path: slot.path, value: words },
		problems: [],
	};
}

/** Every key a mapping gives, nested keys joined with dots (`home:` then `startHere:` is `home.startHere`), in the order written. */
function collectGiven(map: YAMLMap, prefix: string, lineOf: (node: unknown) => number | undefined): GivenString[] {
	return map.items.flatMap((pair) => {
		const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		const key = prefix ? `${prefix}.${name}` : name;
		if (isMap(pair.value)) return collectGiven(pair.value, key, lineOf);
		return [{ key, line: lineOf(pair.key), value: isNode(pair.value) ? pair.value.toJSON() : pair.value }];
	});
}

/**
 * Reads a site's wording (the text of `content/strings.yaml`) against the keys of the strings table: each key the
 * file gives becomes an override, and anything that cannot be one (a key the table does not have, a value that is not
 * words, a `{name}` mark the text cannot fill, a key given twice) is a problem naming the file, the line and the key,
 * and saying how to fix it. Nothing is left out quietly: the content check and the pages report every problem.
 */
export function readSiteStrings(source: string, slots: StringSlots, collectionIds: readonly string[]): SiteStrings {
	const lines = new LineCounter();
	// A key given twice is reported below, with the line it was first given on, rather than as YAML's own error.
	const document = parseDocument(source, { lineCounter: lines, uniqueKeys: false });
	const error = document.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		const message = `This is not valid YAML: ${reason}. Words that hold a colon, or start with a symbol, go in quotes: home.startHere: "Note: begin here".`;
		return { overrides: [], problems: [{ file: SITE_STRINGS_FILE, ...(line ? { line } : {}), message }] };
	}
	if (document.contents === null) return { overrides: [], problems: [] };
	if (!isMap(document.contents)) {
		return {
			overrides: [],
			problems: [
				{
					file: SITE_STRINGS_FILE,
					message:
						'This file should list the texts to reword, one per line, each as its key, a colon and your words, for example: home.startHere: Where to begin',
				},
			],
		};
	}
	const lineOf = (node: unknown) => (isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined);
	const result: SiteStrings = { overrides: [], problems: [] };
	const seen = new Map<string, number | undefined>();
	const candidates = [...[...slots].filter(([, slot]) => slot.kind !== 'group').map(([key]) => key), ...listOpenKeys(collectionIds)];
	for (const given of collectGiven(document.contents, '', lineOf)) {
		const at = (message: string): Problem => ({ file: SITE_STRINGS_FILE, ...(given.line ? { line: given.line } : {}), field: given.key, message });
		if (seen.has(given.key)) {
			const first = seen.get(given.key);
			result.problems.push(
				at(`This text is given twice${first ? ` (first on line ${first})` : ''}, so it is not clear which words to use. Keep one of the two.`),
			);
			continue;
		}
		seen.set(given.key, given.line);
		const slot = findSlot(slots, given.key, collectionIds);
		if (!slot) {
			const closest = findClosest(given.key, candidates);
			result.problems.push(
				at(
					`The site has no text with this key.${closest ? ` Did you mean ${closest}?` : ''} Each key names one piece of the site's text, as the kit's strings table (${TABLE_FILE}) names it: check the spelling against the table, or remove the line.`,
				),
			);
			continue;
		}
		const { override, problems } = checkGiven(given, slot);
		result.problems.push(...problems);
		if (override) result.overrides.push(override);
	}
	return result;
}

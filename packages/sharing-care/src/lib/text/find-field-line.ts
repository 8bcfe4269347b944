/** A line of the text as the search sees it: where its key starts (after any `- `), and the key, if it has one. */
interface ReadLine {
	/** Where its text starts: the width of its leading spaces and tabs. */
	indent: number;
	/** Whether it starts a list item (`- …`). */
	item: boolean;
	/** Where its key starts, after the indent and any `- `. */
	keyColumn: number;
	/** The key it sets (`title` in `title: …`, `'title'` and `"title"` unquoted), if any. */
	key?: string;
	/** What follows the key's colon. */
	value?: string;
	/** Blank, or a comment (`#`, `//`, `/*`, `*`): never a field, and never the end of a group of fields. */
	skip: boolean;
}

const KEY = /^(['"]?)([\w$-]+)\1\s*:(?!\/\/)(.*)$/;

function readLine(text: string): ReadLine {
	const indent = /^[ \t]*/.exec(text)![0].length;
	let rest = text.slice(indent);
	const skip = rest === '' || /^(#|\/\/|\/\*|\*)/.test(rest);
	let keyColumn = indent;
	const item = /^-(\s|$)/.test(rest);
	while (/^-(\s|$)/.test(rest)) {
		const dash = /^-\s*/.exec(rest)![0].length;
		keyColumn += dash;
		rest = rest.slice(dash);
	}
	const match = skip ? null : KEY.exec(rest);
	return { indent, item, keyColumn, skip, ...(match ? { key: match[2]!, value: match[3]!.trim() } : {}) };
}

/** A run of lines, `from` to `to` (exclusive), that holds the fields of one group or list. */
interface Scope {
	from: number;
	to: number;
}

/**
 * Where the group a line opens ends: the first line after it, not blank or a comment, indented no deeper than
 * `column`, except, with `sameColumnItems`, a list item there (YAML may write a key's list items level with it).
 */
function groupEnd(lines: readonly ReadLine[], start: number, column: number, limit: number, sameColumnItems = false): number {
	for (let i = start + 1; i < limit; i++) {
		const line = lines[i]!;
		if (!line.skip && (line.indent < column || (line.indent === column && !(sameColumnItems && line.item)))) return i;
	}
	return limit;
}

/** The line that sets `name` among the fields of `scope` (the least indented keys in it), if any. */
function findKey(lines: readonly ReadLine[], scope: Scope, name: string): number | undefined {
	const keyed = [];
	for (let i = scope.from; i < scope.to; i++) if (lines[i]!.key !== undefined) keyed.push(i);
	if (!keyed.length) return undefined;
	const column = Math.min(...keyed.map((i) => lines[i]!.keyColumn));
	return keyed.find((i) => lines[i]!.keyColumn === column && lines[i]!.key === name);
}

/** The items of a block list in `scope` (lines starting `- `, the least indented), each as the lines it spans. */
function listItems(lines: readonly ReadLine[], scope: Scope): Scope[] {
	const starts = [];
	for (let i = scope.from; i < scope.to; i++) if (lines[i]!.item) starts.push(i);
	if (!starts.length) return [];
	const column = Math.min(...starts.map((i) => lines[i]!.indent));
	return starts.filter((i) => lines[i]!.indent === column).map((from) => ({ from, to: groupEnd(lines, from, column, scope.to) }));
}

/** `decisions[1].text` → `['decisions', 1, 'text']`. */
function splitPath(field: string): (string | number)[] {
	return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((match) => (match[1] === undefined ? match[2]! : Number(match[1])));
}

/**
 * The line (from 1) of a field in a file, from its path as the content check names it: `title`, `cover.alt`,
 * `decisions[1].text`, an item of reference data by its id (`co-production.name`), or a setting of site.config.ts
 * (`editor.review`). Each name is looked for as `name:` among the fields of the one before it, by indentation; each
 * number as that item of a list written one item a line (`- …`); an id as the item whose `id:` it is. In a file
 * that starts with frontmatter, only the frontmatter is searched.
 *
 * When a part of the path is not written in the file (a required field left out), the line of the nearest part
 * before it that is: a missing `cover.alt` is on the line of `cover:`. Undefined when not even the first part is.
 */
export function findFieldLine(source: string, field: string): number | undefined {
	const texts = source.split(/\r?\n/);
	let scope: Scope = { from: 0, to: texts.length };
	if (texts[0]?.trimEnd() === '---') {
		const close = texts.findIndex((text, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(text));
		scope = { from: 1, to: close === -1 ? texts.length : close };
	}
	const lines = texts.map(readLine);
	let found: number | undefined;
	for (const part of splitPath(field)) {
		let next: Scope | undefined;
		if (typeof part === 'number') {
			next = listItems(lines, scope)[part];
		} else {
			const line = findKey(lines, scope, part);
			if (line !== undefined) {
				// Its fields or items are the lines under it; one written inline (`topics: [a, b]`) has none, and stays its line.
				found = line;
				scope = { from: line + 1, to: groupEnd(lines, line, lines[line]!.keyColumn, scope.to, lines[line]!.value === '') };
				continue;
			}
			next = listItems(lines, scope).find((item) => {
				const id = findKey(lines, item, 'id');
				return id !== undefined && lines[id]!.value?.replace(/\s+#.*$/, '').replace(/^(['"])(.*)\1$/, '$2') === part;
			});
		}
		if (!next) break;
		found = next.from;
		scope = next;
	}
	return found === undefined ? undefined : found + 1;
}

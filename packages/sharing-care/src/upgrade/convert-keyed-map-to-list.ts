import { isMap, isScalar, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ConversionError, readYamlDocument, YAML_WRITE_OPTIONS, type Conversion } from './migration.ts';

/**
 * Whether a reference-data file is in the format before kit 0.2.0: a map keyed by id (`co-production:` with the
 * fields under it), not a list of items each starting with `- id:`. False for a list, an empty file, and text
 * that is not valid YAML (whose format cannot be known).
 */
export function isKeyedMap(text: string): boolean {
	const document = parseDocument(text);
	return document.errors.length === 0 && isMap(document.contents);
}

/** Joins two comments, either of which may be missing, one under the other. */
function joinComments(first: string | null | undefined, second: string | null | undefined): string | undefined {
	return [first, second].filter((comment) => comment != null && comment !== '').join('\n') || undefined;
}

/** Whether the key of a pair has a comment after it on the same line (`co-production:  # the main one`). */
function hasCommentOnKeyLine(source: string, key: Scalar): boolean {
	const end = key.range?.[1];
	if (end === undefined) return false;
	const lineEnd = source.indexOf('\n', end);
	return source.slice(end, lineEnd === -1 ? undefined : lineEnd).includes('#');
}

/** Whether a node is an empty value: a key with nothing after it (`co-production:`), or `~`/`null`. */
function isEmptyValue(value: unknown): boolean {
	return value === null || value === undefined || (isScalar(value) && value.value === null);
}

/** An item of the new list, and the comment lines that were under it in the old map, which go above the next item. */
interface ListItem {
	item: YAMLMap;
	after: string | undefined;
}

/**
 * Turns one `id: { fields }` pair of the old map into a list item `{ id, ...fields }`, moving the nodes themselves
 * so that quoting, comments and blank lines go with them. Comments above the id stay above the item; a comment
 * on the id's line stays on it; comments above the first field stay above it.
 */
function toListItem(pair: Pair, source: string): ListItem {
	const { key, value } = pair;
	if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
		throw new ConversionError(
			'An item of this file has something other than a plain id before its colon. Give each item an id of lower-case words joined by hyphens, then run the upgrade again.',
		);
	}
	const id = String(key.value);
	const where = key.range ? ` (line ${source.slice(0, key.range[0]).split('\n').length})` : '';
	if (!isMap(value) && !isEmptyValue(value)) {
		throw new ConversionError(
			`"${id}"${where} is not a set of fields, so it cannot become an item of the list. Put its fields under it, one per line (for example "  name: ..."), then run the upgrade again.`,
		);
	}
	const fields = isMap(value) ? value : new YAMLMap();
	if (fields.has('id')) {
		throw new ConversionError(
			`"${id}"${where} has an id field of its own as well as the id before its colon. Remove its "id:" line (the id before the colon is the one kept), then run the upgrade again.`,
		);
	}
	const item = new YAMLMap();
	item.flow = fields.flow;
	if (fields.anchor) item.anchor = fields.anchor;
	item.commentBefore = key.commentBefore;
	item.spaceBefore = key.spaceBefore;
	key.commentBefore = undefined;
	key.spaceBefore = false;
	item.comment = fields.comment;
	// The yaml package reads a comment on the id's line as part of the comment that follows it: of an empty value, the
	// lines under the item; of fields, the lines above the first field. The first line goes back beside the id.
	const onIdLine = !fields.flow && hasCommentOnKeyLine(source, key);
	const splitOffIdLine = (comment: string | null | undefined): string | undefined => {
		if (!comment || !onIdLine) return comment ?? undefined;
		const [first, ...rest] = comment.split('\n');
		key.comment = joinComments(key.comment, first);
		return rest.join('\n') || undefined;
	};
	const after = isScalar(value) ? splitOffIdLine(value.comment) : undefined;
	const inside = splitOffIdLine(fields.commentBefore);
	const first = fields.items[0];
	if (inside && first && isScalar(first.key)) first.key.commentBefore = joinComments(inside, first.key.commentBefore);
	else if (inside) key.comment = joinComments(key.comment, inside);
	item.items.push(new Pair(new Scalar('id'), key), ...fields.items);
	return { item, after };
}

/**
 * Rewrites a reference-data file from the format before kit 0.2.0, a YAML map keyed by id:
 *
 *     co-production:
 *       name: Co-production
 *
 * into the current one, a list of items each starting with its id:
 *
 *     - id: co-production
 *       name: Co-production
 *
 * Every field, the order of the items and of their fields, and the comments are kept: the file's own YAML nodes
 * are moved, not written out afresh. Long lines stay whole; a folded block (`>`) is written on one line, with the
 * same text. Returns undefined for a file already in the current format (or empty, or not a map), and throws a
 * ConversionError, saying what to fix, for text that is not valid YAML or an item that cannot become a list item.
 */
export function convertKeyedMapToList(text: string): Conversion | undefined {
	const document = readYamlDocument(text);
	const map = document.contents;
	if (!isMap(map)) return undefined;
	const list = new YAMLSeq();
	list.flow = map.flow;
	list.commentBefore = map.commentBefore;
	list.spaceBefore = map.spaceBefore;
	let carried: string | undefined;
	for (const pair of map.items) {
		const { item, after } = toListItem(pair as Pair, text);
		item.commentBefore = joinComments(carried, item.commentBefore);
		list.items.push(item);
		carried = after;
	}
	list.comment = joinComments(carried, map.comment);
	document.contents = list;
	const written = document.toString(YAML_WRITE_OPTIONS);
	const count = map.items.length;
	return { text: text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written, detail: `${count} ${count === 1 ? 'item' : 'items'}` };
}

/** A problem with one item of a reference-data list, or with the whole list (no `item`). */
export interface ItemProblem {
	/** The item's place in the list, counting from 1, as a person would. */
	item?: number;
	message: string;
}

/** Reference data keyed by id: each item's other fields under its id, in the order written. */
export interface KeyedItems {
	items: Record<string, Record<string, unknown>>;
	problems: ItemProblem[];
}

/**
 * Reads reference data as it is written (a YAML list of items, each with an `id`: the shape the web editor
 * edits) into a map from id to the item's other fields, the shape entries refer to. An empty file is an empty
 * list. Items without an id, ids used twice and anything that is not a list are problems; those items are left out.
 */
export function keyItemsById(data: unknown): KeyedItems {
	const items: KeyedItems['items'] = {};
	const problems: ItemProblem[] = [];
	if (data === null || data === undefined) return { items, problems };
	if (!Array.isArray(data)) {
		problems.push({
			message: 'This file must be a list, one item per entry, each starting with "- id:", for example:\n    - id: co-production\n      name: Co-production',
		});
		return { items, problems };
	}
	const firstUse = new Map<string, number>();
	data.forEach((value: unknown, index) => {
		const item = index + 1;
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			problems.push({ item, message: `Item ${item} is not a set of fields. Start it with "- id:" and put its fields under it.` });
			return;
		}
		const { id, ...fields } = value as Record<string, unknown>;
		if (typeof id !== 'string' && typeof id !== 'number') {
			problems.push({ item, message: `Item ${item} has no id. Give it one on its first line: "- id: a-short-name".` });
			return;
		}
		const key = String(id);
		const earlier = firstUse.get(key);
		if (earlier !== undefined) {
			problems.push({ item, message: `Item ${item} has the id "${key}", which item ${earlier} already uses. Each item needs its own id.` });
			return;
		}
		firstUse.set(key, item);
		items[key] = fields;
	});
	return { items, problems };
}

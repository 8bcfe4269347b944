export interface Relatable {
	key: string;
	topics: readonly string[];
	date: Date;
}

/**
 * Builds a function that finds the entries sharing most topics with a given one, newest first among equals.
 * The topic index is built once, so finding related entries for every page stays linear in practice.
 */
export function createRelatedFinder<T extends Relatable>(entries: readonly T[]) {
	const byTopic = new Map<string, T[]>();
	for (const entry of entries) {
		for (const topic of entry.topics) {
			const list = byTopic.get(topic) ?? [];
			list.push(entry);
			byTopic.set(topic, list);
		}
	}
	return function findRelated(target: Relatable, limit = 3): T[] {
		const shared = new Map<T, number>();
		for (const topic of new Set(target.topics)) {
			for (const entry of byTopic.get(topic) ?? []) {
				if (entry.key === target.key) continue;
				shared.set(entry, (shared.get(entry) ?? 0) + 1);
			}
		}
		return [...shared.entries()]
			.sort(([a, countA], [b, countB]) => countB - countA || b.date.getTime() - a.date.getTime())
			.slice(0, limit)
			.map(([entry]) => entry);
	};
}

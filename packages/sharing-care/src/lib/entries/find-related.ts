export interface Relatable {
	key: string;
	topics: readonly string[];
	date: Date;
}

/**
 * Builds a function that finds the entries sharing most topics with a given one, newest first among equals.
 * The topic index is built once; each lookup counts shared topics in a typed array and keeps only the best
 * `limit` as it goes, so finding related entries for every page stays fast at tens of thousands of entries.
 */
export function createRelatedFinder<T extends Relatable>(entries: readonly T[]) {
	const byTopic = new Map<string, number[]>();
	const indexByKey = new Map<string, number>();
	entries.forEach((entry, index) => {
		indexByKey.set(entry.key, index);
		for (const topic of new Set(entry.topics)) {
			const list = byTopic.get(topic) ?? [];
			list.push(index);
			byTopic.set(topic, list);
		}
	});
	const counts = new Uint16Array(entries.length);
	const times = entries.map((entry) => entry.date.getTime());

	/** True when entry `a` with `countA` shared topics ranks above entry `b` with `countB`. */
	const ranksAbove = (a: number, countA: number, b: number, countB: number) => countA > countB || (countA === countB && times[a]! > times[b]!);

	return function findRelated(target: Relatable, limit = 3): T[] {
		if (limit <= 0) return [];
		const self = indexByKey.get(target.key);
		const touched: number[] = [];
		for (const topic of new Set(target.topics)) {
			for (const index of byTopic.get(topic) ?? []) {
				if (index === self) continue;
				if (counts[index] === 0) touched.push(index);
				counts[index]! += 1;
			}
		}
		// Keep the best `limit` in order while scanning, instead of sorting every candidate.
		const best: number[] = [];
		for (const index of touched) {
			const count = counts[index]!;
			if (best.length === limit && !ranksAbove(index, count, best[limit - 1]!, counts[best[limit - 1]!]!)) continue;
			let position = best.length;
			while (position > 0 && ranksAbove(index, count, best[position - 1]!, counts[best[position - 1]!]!)) position--;
			best.splice(position, 0, index);
			if (best.length > limit) best.pop();
		}
		const result = best.map((index) => entries[index]!);
		for (const index of touched) counts[index] = 0;
		return result;
	};
}

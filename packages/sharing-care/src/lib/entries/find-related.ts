export interface Relatable {
	key: string;
	topics: readonly string[];
	date: Date;
}

/**
 * Builds a function that finds the entries sharing most topics with a given one, newest first among equals (and in
 * the order given among entries of the same date). The topic index is built once. A lookup first walks the smallest
 * of the target's topics newest first, for entries that share every one of its topics: the most any entry can
 * share, so the first `limit` of them are the answer, usually found after a few steps. Only when there are fewer
 * does it count shared topics in a typed array, keeping the best `limit` as it goes, so finding related entries for
 * every page stays fast at tens of thousands of entries.
 */
export function createRelatedFinder<T extends Relatable>(entries: readonly T[]) {
	const byTopic = new Map<string, number[]>();
	const indexByKey = new Map<string, number>();
	const topicsOf = entries.map((entry) => new Set(entry.topics));
	entries.forEach((entry, index) => {
		indexByKey.set(entry.key, index);
		for (const topic of topicsOf[index]!) {
			const list = byTopic.get(topic) ?? [];
			list.push(index);
			byTopic.set(topic, list);
		}
	});
	const counts = new Uint16Array(entries.length);
	const times = entries.map((entry) => entry.date.getTime());
	/** Each topic's entries, newest first, and in the order given among entries of the same date. */
	const newestFirst = new Map([...byTopic].map(([topic, list]) => [topic, list.toSorted((a, b) => times[b]! - times[a]! || a - b)]));

	/** True when entry `a` with `countA` shared topics ranks above entry `b` with `countB`. */
	const ranksAbove = (a: number, countA: number, b: number, countB: number) => countA > countB || (countA === countB && times[a]! > times[b]!);

	/** The newest `limit` entries with every one of `topics`, or undefined when fewer have them all. */
	const sharingAll = (topics: readonly string[], self: number | undefined, limit: number): number[] | undefined => {
		const lists = topics.map((topic) => newestFirst.get(topic) ?? []);
		const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
		const found: number[] = [];
		for (const index of shortest) {
			if (index === self || !topics.every((topic) => topicsOf[index]!.has(topic))) continue;
			found.push(index);
			if (found.length === limit) return found;
		}
		return undefined;
	};

	return function findRelated(target: Relatable, limit = 3): T[] {
		if (limit <= 0) return [];
		const self = indexByKey.get(target.key);
		const topics = [...new Set(target.topics)];
		if (topics.length === 0) return [];
		const best = sharingAll(topics, self, limit);
		if (best) return best.map((index) => entries[index]!);
		const touched: number[] = [];
		for (const topic of topics) {
			for (const index of byTopic.get(topic) ?? []) {
				if (index === self) continue;
				if (counts[index] === 0) touched.push(index);
				counts[index]! += 1;
			}
		}
		// Keep the best `limit` in order while scanning, instead of sorting every candidate.
		const ranked: number[] = [];
		for (const index of touched) {
			const count = counts[index]!;
			if (ranked.length === limit && !ranksAbove(index, count, ranked[limit - 1]!, counts[ranked[limit - 1]!]!)) continue;
			let position = ranked.length;
			while (position > 0 && ranksAbove(index, count, ranked[position - 1]!, counts[ranked[position - 1]!]!)) position--;
			ranked.splice(position, 0, index);
			if (ranked.length > limit) ranked.pop();
		}
		const result = ranked.map((index) => entries[index]!);
		for (const index of touched) counts[index] = 0;
		return result;
	};
}

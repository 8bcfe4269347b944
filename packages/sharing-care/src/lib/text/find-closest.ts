/** How many single-character edits (insert, delete, replace) turn one word into another, ignoring case. */
function editDistance(from: string, to: string): number {
	const a = from.toLowerCase();
	const b = to.toLowerCase();
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate a mistyped word most likely meant, if one is close enough: at most a quarter of its letters
 * different (and at least two allowed), case ignored. `findClosest('home.startHre', keys)` is `'home.startHere'`.
 */
export function findClosest(word: string, candidates: Iterable<string>): string | undefined {
	const allowed = Math.max(2, Math.floor(word.length / 4));
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate);
		if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
	}
	return best?.candidate;
}

/**
 * Wraps a function of one argument so that it runs once per key: a later call whose argument has the same
 * key gets the first call's result. For an async function that is the same promise, so callers asking at
 * once share one piece of work (a rejected promise is kept too: the build fails on it either way).
 */
export function memoiseByKey<A, R>(compute: (argument: A) => R, keyOf: (argument: A) => string): (argument: A) => R {
	const results = new Map<string, R>();
	return (argument) => {
		const key = keyOf(argument);
		if (!results.has(key)) results.set(key, compute(argument));
		return results.get(key)!;
	};
}

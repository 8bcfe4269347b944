/** Runs one build step, printing its name and how long it took. */
export async function timed<T>(step: string, run: () => Promise<T> | T): Promise<T> {
	const start = performance.now();
	console.log(`\n→ ${step}`);
	const result = await run();
	console.log(`  ${step}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
	return result;
}

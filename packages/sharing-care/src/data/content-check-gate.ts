import type { AstroIntegrationLogger } from 'astro';
import type { Loader } from 'astro/loaders';

/**
 * Where a build's content check (integration/content-check.ts) leaves its outcome for the collections' loaders
 * (astro-collections.ts). Astro loads the content config in a module graph of its own (Vite's), so a value kept in a
 * module would not reach them: the outcome is kept on `globalThis`, under a name of the kit's.
 */
const CHECKED = Symbol.for('sharing-care:content-checked');

type WithCheck = { [CHECKED]?: Promise<void> };

/** Holds back every collection's loader from finishing until `checked` settles: the content check of `astro build`, which stops the build when it fails. */
export function holdContentUntil(checked: Promise<void>): void {
	(globalThis as WithCheck)[CHECKED] = checked;
}

/** Resolves once the content check has passed: at once, unless a build's content check is still running. */
export function contentChecked(): Promise<void> {
	return (globalThis as WithCheck)[CHECKED] ?? Promise.resolve();
}

/**
 * A logger that keeps what it is told until `release`: a loader's messages (information, warnings and errors, its
 * forks' too), held while the content check runs, so that when the check fails its messages are the only ones printed.
 */
function holdMessages(logger: AstroIntegrationLogger): { logger: AstroIntegrationLogger; release(): void } {
	const held: (() => void)[] = [];
	const holding = (target: AstroIntegrationLogger): AstroIntegrationLogger => {
		const stand = Object.create(target) as AstroIntegrationLogger;
		for (const level of ['info', 'warn', 'error'] as const) stand[level] = (message: string) => void held.push(() => target[level](message));
		stand.fork = (label: string) => holding(target.fork(label));
		return stand;
	};
	return { logger: holding(logger), release: () => held.splice(0).forEach((say) => say()) };
}

/**
 * A loader that reads the content beside a build's content check (holdContentUntil) and speaks only after it.
 * Astro loads while the check runs, so neither waits for the other; but the loader finishes, prints its warnings
 * and passes on a failure of its own only once the check has passed. When the check fails, it stops the build with
 * its messages, naming the file and the field, before Astro can print its own report of the same mistake, and
 * before the content store is written.
 */
export const besideContentCheck = (loader: Loader): Loader => ({
	...loader,
	load: async (context) => {
		const { logger, release } = holdMessages(context.logger);
		try {
			await loader.load({ ...context, logger });
		} finally {
			await contentChecked();
			release();
		}
	},
});

import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { besideContentCheck, contentChecked, holdContentUntil } from './content-check-gate.ts';

/** A build's content check that has not settled yet, and how to settle it. */
function pendingCheck(): { pass(): void } {
	let pass!: () => void;
	holdContentUntil(new Promise<void>((resolve) => (pass = resolve)));
	return { pass };
}

/** What a loader printed, by level, through a logger like Astro's. */
function recordingLogger(printed: string[], label = 'content'): AstroIntegrationLogger {
	const logger = {
		label,
		options: {},
		info: (message: string) => printed.push(`info ${label}: ${message}`),
		warn: (message: string) => printed.push(`warn ${label}: ${message}`),
		error: (message: string) => printed.push(`error ${label}: ${message}`),
		debug: () => undefined,
		fork: (forked: string) => recordingLogger(printed, forked),
	};
	return logger as unknown as AstroIntegrationLogger;
}

/** A loader that reads, warns (also through a forked logger) and then succeeds or fails, recording when it finished reading. */
function loaderThat(outcome: 'loads' | 'fails', steps: string[]): Loader {
	return {
		name: 'test-loader',
		load: async ({ logger }) => {
			logger.warn('No contents found for empty.md');
			logger.fork('images').info('Found 2 images');
			steps.push('read');
			if (outcome === 'fails') throw new Error('InvalidContentEntryDataError: blog → unknown-topic');
		},
	};
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the content check gate', () => {
	afterEach(() => holdContentUntil(Promise.resolve()));

	it('lets the collections read the content at once when no check is running (the dev server, astro sync)', async () => {
		await expect(contentChecked()).resolves.toBeUndefined();
	});

	it('holds them back until the build’s check has settled', async () => {
		let pass!: () => void;
		holdContentUntil(new Promise<void>((resolve) => (pass = resolve)));
		let read = false;
		const reading = contentChecked().then(() => (read = true));
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(read).toBe(false);
		pass();
		await reading;
		expect(read).toBe(true);
	});
});

describe('a loader beside the content check', () => {
	afterEach(() => holdContentUntil(Promise.resolve()));

	it('reads while the check runs, but finishes and prints its messages only once the check has passed', async () => {
		const check = pendingCheck();
		const printed: string[] = [];
		const steps: string[] = [];
		let finished = false;
		const loading = besideContentCheck(loaderThat('loads', steps))
			.load({ logger: recordingLogger(printed) } as LoaderContext)
			.then(() => (finished = true));
		await tick();
		expect(steps).toEqual(['read']);
		expect(printed).toEqual([]);
		expect(finished).toBe(false);
		check.pass();
		await loading;
		expect(printed).toEqual(['warn content: No contents found for empty.md', 'info images: Found 2 images']);
	});

	it('passes on a failure of its own only once the check has passed, so a failed check is the only report', async () => {
		const check = pendingCheck();
		const printed: string[] = [];
		let failure: unknown;
		const loading = besideContentCheck(loaderThat('fails', []))
			.load({ logger: recordingLogger(printed) } as LoaderContext)
			.catch((error: unknown) => (failure = error));
		await tick();
		expect(failure).toBeUndefined();
		expect(printed).toEqual([]);
		check.pass();
		await loading;
		expect((failure as Error).message).toContain('unknown-topic');
		expect(printed).toHaveLength(2);
	});
});

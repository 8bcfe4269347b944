import { afterEach, describe, expect, it } from 'vitest';
import { contentChecked, holdContentUntil } from './content-check-gate.ts';

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

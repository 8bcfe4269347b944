import { describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL, describeMissingChromium } from './chromium.ts';

describe('describeMissingChromium', () => {
	it('says nothing when Chromium is at the path', () => {
		expect(describeMissingChromium('/usr/bin/chromium', (path) => path === '/usr/bin/chromium')).toBeUndefined();
	});

	it('names the missing path and gives the install command when it is not', () => {
		const message = describeMissingChromium('/usr/bin/chromium', () => false);
		expect(message).toMatch(/^Chromium is missing: the browser tests need it at \/usr\/bin\/chromium\./);
		expect(message).toContain(CHROMIUM_INSTALL);
		expect(CHROMIUM_INSTALL).toBe('apt-get install -y --no-install-recommends chromium');
	});
});

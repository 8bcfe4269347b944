/**
 * The first step of `npm test`: stops at once, saying how to install it, when Chromium is missing, rather than
 * after the type check and with a launch error in every browser test.
 *
 *   node tests/support/require-chromium.ts
 */
import { describeMissingChromium } from './find-chromium.ts';

const missing = describeMissingChromium();
if (missing) {
	console.error(`✗ ${missing}`);
	process.exit(1);
}

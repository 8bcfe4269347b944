import { existsSync } from 'node:fs';

/**
 * The Chromium that the browser checks drive (`sharing-care test`'s accessibility check, and this repository's
 * browser tests): the one `CHROME_PATH` (or `CHROMIUM_PATH`) names, or Debian's. Never a downloaded browser.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The command that installs it on Debian or Ubuntu. */
export const CHROMIUM_INSTALL = 'apt-get install -y --no-install-recommends chromium';

/** The flags every checking browser starts with: headless, no sandbox (root in CI), no background traffic. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];

/** What to tell someone whose machine has no Chromium at `path`, or undefined when it is there. */
export function describeMissingChromium(path = CHROMIUM_PATH, exists: (path: string) => boolean = existsSync): string | undefined {
	if (exists(path)) return undefined;
	return `Chromium is missing: the browser tests need it at ${path}. Install it with  ${CHROMIUM_INSTALL}  (or set CHROME_PATH to another Chromium or Chrome), then run npm test again.`;
}

import { existsSync } from 'node:fs';

/** Debian's Chromium, which the browser tests drive; never a downloaded browser. `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The command that installs it on Debian or Ubuntu. */
export const CHROMIUM_INSTALL = 'apt-get install -y --no-install-recommends chromium';

/** What to tell someone whose machine has no Chromium at `path`, or undefined when it is there. */
export function describeMissingChromium(path = CHROMIUM_PATH, exists: (path: string) => boolean = existsSync): string | undefined {
	if (exists(path)) return undefined;
	return `Chromium is missing: the browser tests need it at ${path}. Install it with  ${CHROMIUM_INSTALL}  (or set CHROMIUM_PATH to another Chromium), then run npm test again.`;
}

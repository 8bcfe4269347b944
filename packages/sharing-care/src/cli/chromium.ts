import { existsSync } from 'node:fs';

/**
 * The Chromium that the browser checks drive (`sharing-care test`'s accessibility check, and this repository's
 * browser tests): the one `CHROME_PATH` (or `CHROMIUM_PATH`) names, or Debian's. Never a downloaded browser.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The command that installs it on Debian or Ubuntu. */
export const CHROMIUM_INSTALL = 'apt-get install -y --no-install-recommends chromium';

/**
 * The features Playwright (at the version the kit pins) turns off in every Chromium it starts. Chromium reads only
 * the last `--disable-features` it is given, so the kit's own list below repeats them; a test compares the two on
 * the command line of a launched browser, so a new Playwright that turns off another one fails it.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * What the checking browser turns off beside them: the address bar's drop-down lists, which Chromium draws as web
 * pages of their own, in a renderer process of their own, for every window, and so for every browser context a
 * check opens, though a headless browser never shows them (0.1 to 0.3 CPU-seconds a context on a 2-core machine).
 */
export const KIT_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/**
 * The flags every checking browser starts with: headless, no sandbox (root in CI), no background traffic, no browser
 * UI, and one renderer process for each browser context. Chromium's limit on renderer processes is a soft one: it
 * still starts a process for each browser context (contexts never share one) and for each other site, but the pages
 * of a context, which visit one site, share one process instead of starting about three a tab (one for its first
 * blank page, one for the site, and a spare). Measured on a 2-core machine: a context visiting one page 0.29 to 0.32
 * CPU-seconds against 0.42 to 0.46; the kit's test run starts about 34 renderer processes instead of 96.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
	'--renderer-process-limit=1',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...KIT_DISABLED_FEATURES].join(',')}`,
];

/** What to tell someone whose machine has no Chromium at `path`, or undefined when it is there. */
export function describeMissingChromium(path = CHROMIUM_PATH, exists: (path: string) => boolean = existsSync): string | undefined {
	if (exists(path)) return undefined;
	return `Chromium is missing: the browser tests need it at ${path}. Install it with  ${CHROMIUM_INSTALL}  (or set CHROME_PATH to another Chromium or Chrome), then run npm test again.`;
}

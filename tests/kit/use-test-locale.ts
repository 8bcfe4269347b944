import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitOf } from '../../scripts/lib/copy-project.ts';

/**
 * The test locale's tag. A pseudo-locale (English, region XA, private use): it passes the config's locale check,
 * Pagefind indexes it, and `Intl` falls back to plain `en` for it, which writes dates month first ("March 12,
 * 2025"), unlike British English ("12 March 2025"), so a date written in en-GB whatever the locale shows up.
 */
export const TEST_LOCALE = 'en-XA';

/** The marks the test locale puts around every piece of UI text. */
export const OPEN = '⟦';
export const CLOSE = '⟧';

/**
 * The test locale's strings table: made when the build loads it, from the British English table, with every
 * string (and whatever a function returns) wrapped in the marks. Generated rather than written out, so a string
 * added to en-GB.ts is covered without touching the test.
 */
const TABLE = `// Written by tests/kit/use-test-locale.ts: the British English table with every string wrapped in ${OPEN} ${CLOSE}.
import english from './en-GB.ts';

const mark = (value) => {
	if (typeof value === 'string') return '${OPEN}' + value + '${CLOSE}';
	if (typeof value === 'function') return (...args) => mark(value(...args));
	if (Array.isArray(value)) return value.map(mark);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mark(inner)]));
	return value;
};

export default mark(english);
`;

/**
 * Gives a project copy (tests/support/project-copy.ts) the test locale: writes its strings table to
 * `src/i18n/locales/<TEST_LOCALE>.ts` and sets `locale` in the copy's site.config.ts, leaving every other
 * file and setting as it is, so other changes to the same copy (features, content) combine with it.
 */
export function useTestLocale(projectDir: string): void {
	writeFileSync(join(kitOf(projectDir), 'src', 'i18n', 'locales', `${TEST_LOCALE}.ts`), TABLE);
	const configFile = join(projectDir, 'site.config.ts');
	const config = readFileSync(configFile, 'utf8');
	const setting = `locale: '${TEST_LOCALE}',`;
	const updated = /^\s*locale\s*:.*$/m.test(config)
		? config.replace(/^(\s*)locale\s*:.*$/m, `$1${setting}`)
		: config.replace('defineSiteConfig({', `defineSiteConfig({\n\t${setting}`);
	if (!updated.includes(setting)) throw new Error(`Could not set the locale in ${configFile}: update useTestLocale`);
	writeFileSync(configFile, updated);
}

/** A piece of UI text as the test locale writes it: `⟦Published⟧`. Tests build their expectations with it. */
export const marked = (text: string) => `${OPEN}${text}${CLOSE}`;

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfigFile, findConfigWarnings, findLocaleProblems, findMissingConfigFiles, findReviewWarnings, listKitLocales } from './validate-config.ts';
import { MINIMAL_SITE_CONFIG as minimal } from '../../test/support/minimal-site-config.ts';

const roots: string[] = [];

/** The problems checkConfigFile finds in the project at `root`. */
const problemsOf = async (root: string, env: Record<string, string>) => (await checkConfigFile(root, env)).problems;

/** A project folder holding `files` (path → text), removed after the tests. */
function project(files: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'sharing-care-config-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** A project whose site.config.ts exports `config`. */
const withConfig = (config: unknown, files: Record<string, string> = {}) =>
	project({ 'site.config.ts': `export default ${JSON.stringify(config)};\n`, ...files });

afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('findLocaleProblems', () => {
	it('accepts a language the kit has words in, and names site.config.ts, locale and the choices for one it has not', () => {
		expect(listKitLocales()).toContain('en-GB');
		expect(findLocaleProblems('en-GB')).toEqual([]);
		expect(findLocaleProblems('cy-GB', ['en-GB'])).toEqual([
			{
				file: 'site.config.ts',
				field: 'locale',
				message:
					'"cy-GB": the kit has no words in this language (it has "en-GB"). Set locale to one of these, and give the site\'s own words in content/strings.yaml.',
			},
		]);
	});
});

describe('findMissingConfigFiles', () => {
	it('finds nothing missing when the logo and the icon are where the config says', () => {
		const root = project({ 'src/assets/logo.svg': '<svg/>', 'public/our-icon.svg': '<svg/>' });
		expect(findMissingConfigFiles(root, { logo: { src: 'src/assets/logo.svg', alt: 'Logo' }, favicon: '/our-icon.svg' })).toEqual([]);
	});

	it('finds a logo kept in public/, published as it is, and names one that is not there', () => {
		expect(findMissingConfigFiles(project({ 'public/logo.svg': '<svg/>' }), { logo: { src: 'public/logo.svg', alt: 'Logo' }, favicon: '/icon.svg' })).toEqual(
			[],
		);
		expect(findMissingConfigFiles(project(), { logo: { src: 'public/logo.svg', alt: 'Logo' }, favicon: '/icon.svg' })).toEqual([
			{ file: 'site.config.ts', field: 'logo.src', message: '"public/logo.svg" was not found. Put the file in public/ and check the name.' },
		]);
		expect(
			findMissingConfigFiles(project({ 'public/brand/logo.svg': '<svg/>' }), { logo: { src: 'public/brand/logo.svg', alt: 'Logo' }, favicon: '/icon.svg' }),
		).toEqual([
			{
				file: 'site.config.ts',
				field: 'logo.src',
				message: '"public/brand/logo.svg" is in a folder inside public/. Put the logo directly in public/, for example "public/logo.svg".',
			},
		]);
	});

	it('needs no file for the icon the site draws itself', () => {
		expect(findMissingConfigFiles(project(), { favicon: '/icon.svg' })).toEqual([]);
	});

	it('names site.config.ts and the field for a missing logo and a missing icon', () => {
		expect(findMissingConfigFiles(project(), { logo: { src: 'src/assets/logo.png', alt: 'Logo' }, favicon: '/our-icon.svg' })).toEqual([
			{ file: 'site.config.ts', field: 'logo.src', message: '"src/assets/logo.png" was not found. Put the file in src/assets/ and check the name.' },
			{
				file: 'site.config.ts',
				field: 'favicon',
				message: '"/our-icon.svg" was not found: the icon goes in public/, at public/our-icon.svg. Or remove the line to use the icon drawn in your colours.',
			},
		]);
	});

	it('names each of the site’s own stylesheets and components that is not where the config says', () => {
		const root = project({ 'src/styles/custom.css': 'body {}', 'src/components/Header.astro': '<header />' });
		const components = {
			Header: './src/components/Header.astro',
			Footer: './src/components/Footer.astro',
			HomeIntroduction: 'sharing-care/components/HomeIntroduction.astro',
		};
		expect(findMissingConfigFiles(root, { favicon: '/icon.svg', customCss: ['./src/styles/custom.css', './src/styles/extra.css'], components })).toEqual([
			{
				file: 'site.config.ts',
				field: 'customCss[1]',
				message: '"./src/styles/extra.css" was not found. Check the path: it starts from the project folder, where site.config.ts is.',
			},
			{
				file: 'site.config.ts',
				field: 'components.Footer',
				message:
					'"./src/components/Footer.astro" was not found. Check the path: it starts from the project folder, where site.config.ts is. Or remove the line to keep the kit’s own.',
			},
		]);
	});

	it('refuses a logo in a folder inside src/assets, which the build does not look in', () => {
		const root = project({ 'src/assets/brand/logo.svg': '<svg/>' });
		expect(findMissingConfigFiles(root, { logo: { src: 'src/assets/brand/logo.svg', alt: 'Logo' }, favicon: '/icon.svg' })).toEqual([
			{
				file: 'site.config.ts',
				field: 'logo.src',
				message: '"src/assets/brand/logo.svg" is in a folder inside src/assets/. Put the logo directly in src/assets/, for example "src/assets/logo.svg".',
			},
		]);
	});
});

describe('checkConfigFile', () => {
	it('accepts a valid config whose files exist', async () => {
		expect(await problemsOf(withConfig({ ...minimal, logo: { src: 'src/assets/logo.svg', alt: 'Logo' } }, { 'src/assets/logo.svg': '<svg/>' }), {})).toEqual(
			[],
		);
	});

	it('reports each schema problem with its field, from zod’s issues', async () => {
		const { name: _, ...noName } = minimal;
		expect(await problemsOf(withConfig({ ...noName, shortName: 'A name far too long for a phone icon', features: { search: 'yes' } }), {})).toEqual([
			{ file: 'site.config.ts', field: 'name', message: 'This is required but missing. Expected text.' },
			{ file: 'site.config.ts', field: 'shortName', message: 'Keep the short name to 24 characters or fewer: it labels the icon on a phone home screen.' },
			{ file: 'site.config.ts', field: 'features.search', message: 'Found "yes", but expected true or false.' },
		]);
	});

	it('names a field inside a list the way the config writes it', async () => {
		const problems = await problemsOf(withConfig({ ...minimal, navigation: [{ label: 'About', href: 'about/' }] }), {});
		expect(problems).toEqual([
			{
				file: 'site.config.ts',
				field: 'navigation[0].href',
				message: 'Start a link inside this site with "/" (for example "/topics/"), and any other link with "https://".',
			},
		]);
	});

	it('checks the config with the build’s environment overrides applied', async () => {
		expect(await problemsOf(withConfig(minimal), { SITE_URL: 'ftp://example.org' })).toEqual([
			{ file: 'site.config.ts', field: 'url', message: 'Write a full address starting with https://, for example "https://care.example.org".' },
		]);
	});

	it('checks the files only once the config is valid, and then reports a missing one', async () => {
		expect(await problemsOf(withConfig({ ...minimal, favicon: '/our-icon.svg' }), {})).toEqual([
			{
				file: 'site.config.ts',
				field: 'favicon',
				message: '"/our-icon.svg" was not found: the icon goes in public/, at public/our-icon.svg. Or remove the line to use the icon drawn in your colours.',
			},
		]);
	});

	it('says when the config file cannot be read', async () => {
		const [problem] = await problemsOf(project({ 'site.config.ts': 'export default {\n' }), {});
		expect(problem).toMatchObject({ file: 'site.config.ts', message: expect.stringMatching(/^The config could not be read: /) });
	});
});

describe('review before publishing (editor.review)', () => {
	it('warns, naming site.config.ts and editor.review, when review is on and no GitHub repository is found', () => {
		const [warning] = findReviewWarnings({ review: true }, undefined);
		expect(warning).toMatchObject({ file: 'site.config.ts', field: 'editor.review' });
		expect(warning!.message).toMatch(/^Review before publishing needs the site's repository on GitHub/);
		expect(warning!.message).toContain('Set editor.repo');
		expect(warning!.message).toContain('Work with Local Repository');
	});

	it('says nothing when review is off, or the repository is on GitHub', () => {
		expect(findReviewWarnings({ review: false }, undefined)).toEqual([]);
		expect(findReviewWarnings({ review: true }, 'hillside-care/site')).toEqual([]);
	});

	it('finds the repository as the editor does: the config, GitHub Actions, or Netlify building from GitHub', async () => {
		// A folder outside any git clone, so no origin remote names a repository.
		const review = (editor: Record<string, unknown>) => withConfig({ ...minimal, editor });
		/** The warnings for the site in `root`, its config read as the checker reads it. */
		const warningsOf = async (root: string, env: Record<string, string>) => findConfigWarnings((await checkConfigFile(root, env)).config!, root, env);
		expect(await warningsOf(review({ review: true }), {})).toEqual([expect.objectContaining({ field: 'editor.review' })]);
		expect(await warningsOf(review({ review: true, repo: 'hillside-care/site' }), {})).toEqual([]);
		expect(await warningsOf(review({ review: true }), { GITHUB_REPOSITORY: 'hillside-care/site' })).toEqual([]);
		expect(await warningsOf(review({ review: true }), { REPOSITORY_URL: 'https://github.com/hillside-care/site' })).toEqual([]);
		// Another host: the editor saves to GitHub only.
		expect(await warningsOf(review({ review: true }), { REPOSITORY_URL: 'https://gitlab.com/hillside-care/site' })).toHaveLength(1);
		expect(await warningsOf(review({}), {})).toEqual([]);
	});

	it('refuses a review setting that is not true or false, as the schema is strict', async () => {
		const problems = await problemsOf(withConfig({ ...minimal, editor: { review: 'yes' } }), {});
		expect(problems).toEqual([expect.objectContaining({ file: 'site.config.ts', field: 'editor.review' })]);
	});
});

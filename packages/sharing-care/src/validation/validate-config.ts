import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSiteConfig, type SiteEnv } from '../config/resolve-site-config.ts';
import { SiteConfigSchema, type SiteConfig, type SiteConfigInput } from '../config/schema.ts';
import { readOriginUrl } from '../data/read-origin-url.ts';
import { describeMissingLocale } from '../i18n/describe-missing-locale.ts';
import { explainIssue, formatFieldPath } from '../lib/entries/format-issues.ts';
import type { Problem } from '../lib/text/format-problems.ts';
import { findRepository, type RepositorySources } from '../lib/urls/find-repository.ts';

const FILE = 'site.config.ts';
/** The kit's strings tables, one file per language (src/i18n/locales/<tag>.ts). */
const LOCALES_DIR = fileURLToPath(new URL('../i18n/locales/', import.meta.url));

/** The kit's languages: the tags of its strings tables. */
export function listKitLocales(dir = LOCALES_DIR): string[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
		.map((file) => file.slice(0, -'.ts'.length))
		.sort();
}

/** A problem when the config's language is one the kit has no words in (the pages would fail on it). */
export function findLocaleProblems(locale: string, available: readonly string[] = listKitLocales()): Problem[] {
	return available.includes(locale) ? [] : [{ file: FILE, field: 'locale', message: describeMissingLocale(locale, available) }];
}
/** Where the build looks for the logo: directly in one of these folders (src/data/logo.ts). */
const LOGO_FOLDERS = ['public', 'src/assets'];
/** The icon the site draws from its colours when the config names none (src/routes/icon.svg.ts). */
const DRAWN_FAVICON: string = SiteConfigSchema.shape.favicon.parse(undefined);

/**
 * Checks that the files a valid config names are there: the logo, directly in public/ or src/assets/ (from
 * the project root), an icon of the site's own in public/ (the default icon is drawn by the build), and the site's own
 * stylesheets and components (`customCss`, `components`), from the project root.
 */
export function findMissingConfigFiles(
	root: string,
	config: Pick<SiteConfig, 'logo' | 'favicon'> & Partial<Pick<SiteConfig, 'customCss' | 'components'>>,
): Problem[] {
	const problems: Problem[] = [];
	const logo = config.logo?.src;
	const folder = logo && LOGO_FOLDERS.find((candidate) => logo.startsWith(`${candidate}/`));
	if (logo && folder && dirname(logo) !== folder) {
		problems.push({
			file: FILE,
			field: 'logo.src',
			message: `"${logo}" is in a folder inside ${folder}/. Put the logo directly in ${folder}/, for example "${folder}/logo.svg".`,
		});
	} else if (logo && !existsSync(join(root, logo))) {
		problems.push({ file: FILE, field: 'logo.src', message: `"${logo}" was not found. Put the file in ${folder ?? LOGO_FOLDERS[0]}/ and check the name.` });
	}
	if (config.favicon !== DRAWN_FAVICON && !existsSync(join(root, 'public', config.favicon))) {
		problems.push({
			file: FILE,
			field: 'favicon',
			message: `"${config.favicon}" was not found: the icon goes in public/, at public${config.favicon}. Or remove the line to use the icon drawn in your colours.`,
		});
	}
	(config.customCss ?? []).forEach((path, index) => {
		if (!existsSync(join(root, path))) {
			problems.push({
				file: FILE,
				field: `customCss[${index}]`,
				message: `"${path}" was not found. Check the path: it starts from the project folder, where site.config.ts is.`,
			});
		}
	});
	for (const [name, path] of Object.entries(config.components ?? {})) {
		if (path.startsWith('./') && !existsSync(join(root, path))) {
			problems.push({
				file: FILE,
				field: `components.${name}`,
				message: `"${path}" was not found. Check the path: it starts from the project folder, where site.config.ts is. Or remove the line to keep the kit’s own.`,
			});
		}
	}
	return problems;
}

/** What the host says about the repository the site is built from (src/lib/urls/find-repository.ts). */
export type RepositoryEnv = NonNullable<RepositorySources['env']>;

/**
 * A warning when review before publishing is on (`editor.review`) but the editor has no GitHub repository to keep
 * the drafts in (`repository`, as found for the editor: src/lib/urls/find-repository.ts). The site is still built
 * and published; the editor would just have nowhere to hold a change for review.
 */
export function findReviewWarnings(editor: Pick<SiteConfig['editor'], 'review'>, repository: string | undefined): Problem[] {
	if (!editor.review || repository) return [];
	return [
		{
			file: FILE,
			field: 'editor.review',
			message:
				"Review before publishing needs the site's repository on GitHub: each change waits there, as a draft, until it is published. No GitHub repository was found: editor.repo is not set, and this copy was not cloned from GitHub or built there. Set editor.repo to the repository on GitHub, as owner/name, or remove review: true. (On a copy of the site on your own computer, with Work with Local Repository, the editor never shows review: it saves the files as they are.)",
		},
	];
}

/**
 * The config's warnings: reminders that do not stop the site being published. Review before publishing with no
 * GitHub repository found for the editor (findReviewWarnings). For a valid config (checkConfigFile); an invalid one's
 * problems say what to fix first.
 */
export function findConfigWarnings(config: Pick<SiteConfig, 'editor'>, root: string, env: RepositoryEnv): Problem[] {
	const { editor } = config;
	return findReviewWarnings(editor, editor.review ? findRepository({ configured: editor.repo, env, originUrl: readOriginUrl(root) }) : undefined);
}

/** The site config of a project, read and checked: its problems, and the config when its schema accepts it. */
export interface ConfigCheck {
	problems: Problem[];
	/** The config with the build's environment overrides applied; undefined when it cannot be read or is not valid. */
	config?: SiteConfig;
}

/**
 * Reads and checks the site config in `root`, once for everything that depends on it: its schema, with the build's
 * environment overrides applied, and the files it names (findMissingConfigFiles). Each problem names site.config.ts
 * and the field, taken from zod’s issues.
 */
export async function checkConfigFile(root: string, env: SiteEnv): Promise<ConfigCheck> {
	let input: unknown;
	try {
		input = (await import(pathToFileURL(join(root, FILE)).href)).default;
	} catch (error) {
		return { problems: [{ file: FILE, message: `The config could not be read: ${(error as Error).message.split('\n')[0]}` }] };
	}
	const result = checkSiteConfig(input as SiteConfigInput, env);
	if (result.ok) return { problems: [...findLocaleProblems(result.config.locale), ...findMissingConfigFiles(root, result.config)], config: result.config };
	return {
		problems: result.issues.map((issue) => {
			const field = formatFieldPath(issue.path);
			return { file: FILE, ...(field ? { field } : {}), message: explainIssue(issue, result.input) };
		}),
	};
}

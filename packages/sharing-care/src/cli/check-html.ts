/**
 * Validates every built page with html-validate, using the rules in `html-validate.json` beside it
 * (the recommended preset; QUALITY.md gives the reason for each rule that is changed).
 *
 *   npm run check:html            (checks dist/)
 *   npm run check:html -- path/to/dist
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { listSiteFiles } from '../integration/list-site-files.ts';
import { isMainScript, runSiteCheck, type SiteCheck } from './run-site-check.ts';

export interface HtmlFinding {
	file: string;
	line: number;
	column: number;
	rule: string;
	message: string;
}

/** The kit's html-validate configuration: the rules every Sharing Care page is held to. */
export function readHtmlValidateConfig(path = resolve(import.meta.dirname, 'html-validate.json')): ConfigData {
	const config = JSON.parse(readFileSync(path, 'utf8')) as ConfigData & { $schema?: string };
	delete config.$schema;
	return { ...config, root: true };
}

/** Validates every HTML file of a built site (Pagefind's own files aside); returns every error found. */
export async function checkHtml(dist: string, config: ConfigData = readHtmlValidateConfig()): Promise<HtmlFinding[]> {
	const validator = new HtmlValidate(new StaticConfigLoader(config));
	const findings: HtmlFinding[] = [];
	for (const file of listSiteFiles(dist, '.html').filter((file) => !file.startsWith('pagefind/'))) {
		const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
		for (const result of report.results) {
			for (const message of result.messages) {
				if (message.severity < 2) continue;
				findings.push({ file, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
			}
		}
	}
	return findings;
}

/** One line per finding, for people. */
export function formatHtmlFindings(findings: HtmlFinding[]): string {
	return findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message} (${finding.rule})`).join('\n');
}

/** The check as `sharing-care check-site` and `sharing-care test` run it. */
export const htmlCheck: SiteCheck<HtmlFinding> = {
	name: 'HTML',
	check: (dist) => checkHtml(dist),
	format: formatHtmlFindings,
	noun: 'HTML error',
	allClear: (dist) => `Every page in ${dist} is valid HTML.`,
};

if (isMainScript(import.meta.url)) await runSiteCheck(htmlCheck);

/**
 * Validates every built page with html-validate, using the rules in `.htmlvalidate.json`
 * (the recommended preset; QUALITY.md gives the reason for each rule that is changed).
 *
 *   npm run check:html            (checks dist/)
 *   npm run check:html -- path/to/dist
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { listSiteFiles } from './lib/list-site-files.ts';

export interface HtmlFinding {
	file: string;
	line: number;
	column: number;
	rule: string;
	message: string;
}

/** The project's html-validate configuration. */
export function readHtmlValidateConfig(path = resolve(import.meta.dirname, '..', '.htmlvalidate.json')): ConfigData {
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dist = resolve(process.argv[2] ?? 'dist');
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`No built site in ${dist}: run npm run build first.`);
		process.exit(1);
	}
	const findings = await checkHtml(dist);
	if (findings.length) {
		console.error(`${formatHtmlFindings(findings)}\n\n✗ ${findings.length} HTML error${findings.length === 1 ? '' : 's'} in ${dist}`);
		process.exit(1);
	}
	console.log(`✓ Every page in ${dist} is valid HTML.`);
}

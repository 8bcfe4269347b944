import { HEADER_ONLY_DIRECTIVES } from '../config/content-security-policy.ts';
import { EDITOR_FOLDER } from './editor-files.ts';
import { EDITOR_HEADERS, EDITOR_POLICY } from './editor-policy.ts';

/**
 * The `_headers` rule for the editor's folder: its own Content Security Policy (the page's, with what only a header
 * can carry) and the site's other security headers, with the editor's differences. The site's own rules must not
 * match this folder (src/lib/headers/path-patterns-outside.ts): hosts combine every rule that matches.
 */
export function editorHeaderRule(base: string, securityHeaders: Record<string, string>): { path: string; headers: Record<string, string> } {
	return {
		path: `${base}${EDITOR_FOLDER}/*`,
		headers: { 'Content-Security-Policy': [EDITOR_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '), ...securityHeaders, ...EDITOR_HEADERS },
	};
}

import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { DATA_KINDS, entryKind } from '../../collections/index.ts';
import { site } from '../../config/site.ts';
import { enabledCollections } from '../../data/entries.ts';
import { CONTENT_DIR } from '../../config/paths.ts';
import { readOriginUrl } from '../../data/read-origin-url.ts';
import { projectRoot } from '../../config/project-root.ts';
import { absoluteUrl, sitePath } from '../../data/urls.ts';
import { buildEditorConfig } from '../../editor/build-editor-config.ts';
import { t } from '../../i18n/index.ts';
import { findRepository } from '../../lib/urls/find-repository.ts';

/**
 * Stands in for the repository when nothing names one (a copy that is not a clone, built outside GitHub and
 * Netlify): the editor then works only on a local copy (EDITING.md), and says so if someone tries to sign in.
 */
const NO_REPOSITORY = 'not-set/set-editor-repo-in-site-config';

/** The web editor's configuration (src/editor/build-editor-config.ts), generated from the registry at build time. */
export const GET: APIRoute = () => {
	const repo = findRepository({ configured: site.editor.repo, env: process.env, originUrl: readOriginUrl(projectRoot) }) ?? NO_REPOSITORY;
	const config = buildEditorConfig({
		kinds: enabledCollections().map(entryKind),
		dataKinds: DATA_KINDS,
		strings: t,
		backend: { repo, ...(site.editor.branch ? { branch: site.editor.branch } : {}), ...(site.editor.authUrl ? { authUrl: site.editor.authUrl } : {}) },
		siteName: site.name,
		siteUrl: absoluteUrl(''),
		logo: sitePath(site.favicon),
		contentDir: CONTENT_DIR,
		review: site.editor.review,
	});
	return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};

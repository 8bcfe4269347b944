import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site.ts';
import { sitePath } from '../../data/urls.ts';
import { EDITOR_FOLDER, editorFiles, type EditorFile } from '../../editor/editor-files.ts';
import { editorUiWording } from '../../editor/reword-editor-ui.ts';
import { t } from '../../i18n/index.ts';

/**
 * The editor's own files (src/editor/editor-files.ts): its bundle, UI strings (with the site's words for some of
 * them, src/editor/reword-editor-ui.ts), fonts and the answers to its checks.
 */
export const getStaticPaths = (() =>
	editorFiles(sitePath(`${EDITOR_FOLDER}/`), { locale: site.locale, wording: editorUiWording(t) }).map((file) => ({
		params: { file: file.path },
		props: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: EditorFile }> = ({ props }) => new Response(props.file.body(), { headers: { 'Content-Type': props.file.type } });

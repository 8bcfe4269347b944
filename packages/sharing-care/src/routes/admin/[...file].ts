import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePath } from '../../data/urls.ts';
import { EDITOR_FOLDER, editorFiles, type EditorFile } from '../../editor/editor-files.ts';

/** The editor's own files (src/editor/editor-files.ts): its bundle, UI strings, fonts and the answers to its checks. */
export const getStaticPaths = (() => editorFiles(sitePath(`${EDITOR_FOLDER}/`)).map((file) => ({ params: { file: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: EditorFile }> = ({ props }) => new Response(props.file.body(), { headers: { 'Content-Type': props.file.type } });

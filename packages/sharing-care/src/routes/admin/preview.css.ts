import type { APIRoute } from 'astro';
import actionsTable from '../../components/ActionsTable.astro?raw';
import factList from '../../components/FactList.astro?raw';
import keyPoints from '../../components/KeyPoints.astro?raw';
import minutesRecord from '../../components/MinutesRecord.astro?raw';
import pageHistory from '../../components/PageHistory.astro?raw';
import sourceNotes from '../../components/SourceNotes.astro?raw';
import topicLinks from '../../components/TopicLinks.astro?raw';
import { buildPreviewStyles } from '../../editor/build-preview-styles.ts';
import entryLayout from '../../layouts/EntryLayout.astro?raw';

/**
 * The own styles of the layout and components the editor's preview draws an entry with (src/editor/preview-templates.ts),
 * from their sources, each kept to what the preview draws for it (src/editor/build-preview-styles.ts).
 */
export const GET: APIRoute = () =>
	new Response(
		buildPreviewStyles({
			EntryLayout: entryLayout,
			FactList: factList,
			TopicLinks: topicLinks,
			KeyPoints: keyPoints,
			MinutesRecord: minutesRecord,
			ActionsTable: actionsTable,
			SourceNotes: sourceNotes,
			PageHistory: pageHistory,
		}),
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);

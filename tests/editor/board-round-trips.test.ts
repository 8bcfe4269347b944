import { editorForTests } from './editor-session.ts';
import { describeDocuments } from './round-trips/documents.ts';
import { describeGlossaryBasis } from './round-trips/glossary-basis.ts';
import { describePublishing } from './round-trips/edit-and-publish.ts';

/**
 * What the board does in the web editor, one round trip after another in one open editor on one local copy of the
 * fixture site's content, as a board member would in one sitting: minutes with their papers, a glossary term, then
 * minutes and a blog post, and last the minutes the editor refuses to save (which leave their form open). Each
 * round trip is in a module of its own in round-trips/; the files each saves are checked with everything saved
 * before it, as they would be in one clone.
 */
const editor = editorForTests('editor-board');

describeDocuments(editor);
describeGlossaryBasis(editor);
describePublishing(editor);

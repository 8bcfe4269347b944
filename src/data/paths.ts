/** Where content lives, relative to the project root. Forks keep this layout. */
export const CONTENT_DIR = 'content';

/** The entry collections: each is a folder of `.md`/`.mdx` files under `content/`. */
export const ENTRY_COLLECTIONS = ['reports', 'audits', 'practice', 'blog', 'minutes'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** The reference collections: each is one YAML file under `content/`, a map from id to fields. */
export const DATA_COLLECTIONS = ['topics', 'people', 'organisations', 'series'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** The file glob every entry collection uses: Markdown and MDX, skipping files that start with `_`. */
export const ENTRY_PATTERN = '**/[^_]*.{md,mdx}';

/**
 * Where content lives, relative to the project root. Forks keep this layout: a folder per entry collection
 * and a YAML file per reference-data collection (src/collections/).
 */
export const CONTENT_DIR = 'content';

/** Words that appear only in unpublished fixtures: none may appear anywhere in a build. */
export const UNPUBLISHED_MARKERS = ['quokkaballoons', 'marmosetlanterns', 'pangolinharbour', 'narwhalcompass'] as const;

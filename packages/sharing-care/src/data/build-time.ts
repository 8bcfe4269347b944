/**
 * The moment of this build. Entries dated after it are scheduled, not published.
 * `SHARING_CARE_NOW` (an ISO date) pins it, for reproducible tests and benchmarks.
 */
export const BUILD_NOW = process.env.SHARING_CARE_NOW ? new Date(process.env.SHARING_CARE_NOW) : new Date();

/** The dev server shows drafts and scheduled entries, marked as such; builds never do. */
export const SHOW_UNPUBLISHED = __SHOW_UNPUBLISHED__;

/// <reference path="./virtual.d.ts" />
/** True on the dev server, where drafts and scheduled entries are shown (marked); false in every build. */
declare const __SHOW_UNPUBLISHED__: boolean;

/// <reference path="./virtual.d.ts" />
/** True on the dev server, where drafts and scheduled entries are shown (marked); false in every build. */
declare const __SHOW_UNPUBLISHED__: boolean;
/** Whether the site's `content/glossary.yaml` has terms, as the integration read it when the build (or dev server) started. */
declare const __SHARING_CARE_HAS_GLOSSARY__: boolean;

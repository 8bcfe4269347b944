/** The site's folder as Astro has it (`root`), which the sharingCare integration gives to pages and collections through Vite. */
declare const __SHARING_CARE_ROOT__: string | undefined;

/**
 * The site's own folder, where its `content/`, `package.json` and git clone are: Astro's `root` in a build or on the
 * dev server, wherever the command was started from (`astro build --root site` from a monorepo's top folder), and the
 * folder a command runs in outside Astro (the content check and the kit's other commands run in the site's folder).
 */
export const projectRoot: string = typeof __SHARING_CARE_ROOT__ === 'undefined' ? process.cwd() : __SHARING_CARE_ROOT__;

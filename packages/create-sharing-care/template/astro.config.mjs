// @ts-check
import { defineConfig } from 'astro/config';
import { sharingCare } from 'sharing-care';
import config from './site.config.ts';

// The sharing-care kit makes every page of the site from site.config.ts and the content/ folder.
export default defineConfig({
	integrations: [sharingCare({ config })],
});

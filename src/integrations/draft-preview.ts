import type { AstroIntegration } from 'astro';

/**
 * Shows drafts and scheduled entries on the dev server only, decided by Astro's own command rather than
 * NODE_ENV, so no environment setting can leak a draft into a production build.
 */
export function draftPreview(): AstroIntegration {
	return {
		name: 'sharing-care:draft-preview',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { __SHOW_UNPUBLISHED__: JSON.stringify(command === 'dev') } } });
			},
		},
	};
}

import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
	preprocess: vitePreprocess(),
	// No version marker on window: nothing reads it, and it is a request of its own.
	compilerOptions: { runes: true, discloseVersion: false }
};

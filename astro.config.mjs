// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import rapport from './src/index.ts';

export default defineConfig({
	markdown: { processor: unified() },
	integrations: [
		starlight({
			title: 'Rapport playbook',
			plugins: [rapport()],
		}),
	],
});

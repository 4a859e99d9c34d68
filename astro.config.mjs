// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import rapport from './src/index.ts';

export default defineConfig({
	markdown: { processor: unified() },
	// One page at a time left the build idle 40% of the time it spends generating pages; four at a time save a second on 900 pages.
	build: { concurrency: 4 },
	// Only pages that changed are rendered again (Rapport gives every page a cache key).
	experimental: { incrementalBuild: true },
	integrations: [
		starlight({
			title: 'Rapport playbook',
			// English at the top of playbooks/, French in playbooks/fr/: a language is a folder and a line here.
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				fr: { label: 'Français', lang: 'fr' },
			},
			plugins: [
				rapport({
					// The French sidebar's sections (English ones are named from their folders).
					sectionLabels: {
						'fr/foundations': 'Les fondamentaux',
						'fr/listening': 'L’écoute',
						'fr/mindset': 'État d’esprit',
						'fr/call-scripts': 'Scripts d’appel',
						'fr/handling-calls': 'Gérer les appels',
						'fr/training': 'Formation',
					},
				}),
			],
		}),
	],
});

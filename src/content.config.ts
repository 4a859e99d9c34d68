import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import options from 'virtual:rapport/config';
import { playbookFrontmatter } from './content/frontmatter.ts';
import { playbookLoader } from './content/loader.ts';

/** Starlight's docs collection, read from the playbook folder with Rapport's frontmatter. */
export const collections = {
	docs: defineCollection({
		loader: playbookLoader(options.playbooks),
		schema: docsSchema({ extend: playbookFrontmatter }),
	}),
};

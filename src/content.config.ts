import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import options from 'virtual:rapport/config';
import { playbookFrontmatter } from './content/frontmatter.ts';
import { playbookLoader } from './content/loader.ts';

/**
 * Starlight's docs collection, read from the playbook folder with Rapport's
 * frontmatter; and Rapport's wording of Starlight's interface (src/content/i18n/).
 */
export const collections = {
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	docs: defineCollection({
		loader: playbookLoader(options.playbooks),
		schema: docsSchema({ extend: playbookFrontmatter }),
	}),
};

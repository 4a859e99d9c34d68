// @ts-check
// Plain Starlight over the same pages, for side-by-side measurements: no Rapport, Astro's default Markdown processor.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const content = process.env['BENCH_CONTENT'] ?? '../../playbooks';

export default defineConfig({
	integrations: [starlight({ title: 'Plain Starlight', markdown: { processedDirs: [content] } })],
});

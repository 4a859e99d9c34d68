import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blocks } from '../blocks/index.ts';
import { remarkPageLinks } from '../content/remark-page-links.ts';
import { guarded } from '../directives/guarded.ts';
import { remarkDirectiveSyntax } from '../directives/remark-directive-syntax.ts';
import { remarkFileLines } from '../directives/remark-file-lines.ts';
import { remarkRawHtml } from '../directives/remark-raw-html.ts';
import { remarkMdxExpressions } from '../directives/remark-mdx-expressions.ts';
import { remarkPlaybook } from '../directives/remark-playbook.ts';
import type { AvoidWordsOption } from '../i18n/language-options.ts';
import { siteI18n, type SiteI18n } from '../i18n/site-i18n.ts';

/** A remark plugin with its options, as Astro's and unified's plugin lists take it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lists of both take plugins of any options
export type AuthoringPlugin = [Plugin<any[], Root>, unknown];

/** What the authoring plugins need to know of the site. */
export interface AuthoringOptions {
	/** Absolute path of the playbook folder. */
	playbooks: string;
	/** The site's base path (Astro `base`), default `/`. */
	base?: string;
	/** Words agents should not say: Rapport's `avoidWords` option (default: Rapport's lists). */
	avoidWords?: AvoidWordsOption | undefined;
	/** The playbook's languages and Rapport's strings in each (default: English only). */
	i18n?: SiteI18n;
	/** Raw HTML passes through (default); `false` shows it as text and refuses MDX. */
	rawHtml?: boolean;
	/** A digest of Rapport's source, for Astro's content cache (site only; see `renderKey`). */
	renderKey?: string;
}

/**
 * The remark plugins that read an author's page: directive syntax, links
 * between pages and every block. The site and the check run this one list
 * (the site inside Astro's processor, the check in {@link checkProcessor}),
 * so the check can never pass a page the site reads differently. Each is
 * guarded: a failure inside one becomes a located error on the page.
 */
export function authoringPlugins({
	playbooks,
	base = '/',
	avoidWords,
	i18n = siteI18n(),
	renderKey,
	rawHtml = true,
}: AuthoringOptions): AuthoringPlugin[] {
	const textNames = blocks.filter((block) => block.type === 'textDirective').map((block) => block.name);
	return [
		guarded('the line numbering', remarkFileLines),
		guarded('the raw HTML setting', remarkRawHtml, { allowed: rawHtml }),
		guarded('the directive syntax check', remarkDirectiveSyntax, { textNames }),
		guarded('the MDX expression check', remarkMdxExpressions),
		guarded('the page links', remarkPageLinks, { playbooks, base }),
		guarded('the playbook blocks', remarkPlaybook, { blocks, base, avoidWords, i18n, playbooks, ...(renderKey ? { renderKey } : {}) }),
	] as AuthoringPlugin[];
}

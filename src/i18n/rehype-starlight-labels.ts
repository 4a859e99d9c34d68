import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { Element, Root } from 'hast';
import { relative } from 'node:path';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { pageLanguage, siteI18n, type SiteI18n } from './site-i18n.ts';

/** The aside kinds Starlight titles by default. */
export const asideKinds = ['note', 'tip', 'caution', 'danger'] as const;

/** Starlight's own words a page's Markdown gets, in one language. */
export interface StarlightLabels {
	/** A heading link's screen-reader text around the heading's title: "Section titled “", "”". */
	anchor: [before: string, after: string];
	/** An aside's default title by kind: "Tip", "Astuce". */
	aside: Record<(typeof asideKinds)[number], string>;
}

/** Options of {@link rehypeStarlightLabels}. */
export interface StarlightLabelsOptions {
	/** The playbook's languages (default: English only). */
	i18n?: SiteI18n;
	/** Absolute path of the playbook folder: a page's folder in it gives its language. */
	playbooks?: string;
	/** Starlight's words in each of the site's languages, by language tag. */
	labels: Record<string, StarlightLabels>;
}

/**
 * rehype plugin (site only, after Starlight's) that puts Starlight's words on
 * a page in the page's language. Starlight picks a page's language from its
 * path under `src/content/docs/`, and playbook pages are elsewhere, so a French
 * page's heading links said "Section titled …" and its asides "Tip". Only
 * words Starlight wrote are changed: an aside the author titled keeps its title.
 */
export const rehypeStarlightLabels: Plugin<[StarlightLabelsOptions], Root> = ({ i18n = siteI18n(), playbooks, labels }) => {
	const written = labels[i18n.locales.default.lang];
	return (tree, file) => {
		const lang = pageLanguage(i18n, file.path ? relative(playbooks ?? file.cwd, file.path) : '').locale.lang;
		const wanted = labels[lang];
		if (!written || !wanted || wanted === written) return;
		visit(tree, 'element', (node, _index, parent) => {
			if (hasClass(node, 'sr-only') && parent?.type === 'element' && hasClass(parent, 'sl-anchor-link'))
				relabelAnchor(node, written, wanted);
			if (node.tagName === 'aside') relabelAside(node, written, wanted);
		});
	};
};

/** The link's text is Starlight's words around the heading's own content (text, code, emphasis): the words are swapped, the content kept. */
function relabelAnchor(node: Element, written: StarlightLabels, wanted: StarlightLabels): void {
	const first = node.children[0];
	const last = node.children.at(-1);
	if (first?.type !== 'text' || last?.type !== 'text') return;
	const [before, after] = written.anchor;
	if (first === last) {
		if (!first.value.startsWith(before) || !first.value.endsWith(after)) return;
		first.value = `${wanted.anchor[0]}${first.value.slice(before.length, first.value.length - after.length)}${wanted.anchor[1]}`;
		return;
	}
	if (!first.value.startsWith(before) || !last.value.endsWith(after)) return;
	first.value = `${wanted.anchor[0]}${first.value.slice(before.length)}`;
	last.value = `${last.value.slice(0, last.value.length - after.length)}${wanted.anchor[1]}`;
}

function relabelAside(node: Element, written: StarlightLabels, wanted: StarlightLabels): void {
	const kind = asideKinds.find((name) => hasClass(node, `starlight-aside--${name}`));
	if (!kind || node.properties['ariaLabel'] !== written.aside[kind]) return;
	node.properties['ariaLabel'] = wanted.aside[kind];
	const title = node.children.find((child): child is Element => child.type === 'element' && hasClass(child, 'starlight-aside__title'));
	const last = title?.children.at(-1);
	if (last?.type === 'text' && last.value === written.aside[kind]) last.value = wanted.aside[kind];
}

/** Whether the element has the class, written as hast's `className` list or, as Starlight writes some, a `class` string. */
function hasClass(node: Element, name: string): boolean {
	const classes = node.properties['className'] ?? node.properties['class'];
	const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(/\s+/) : [];
	return list.includes(name);
}

/** Starlight's `useTranslations`, as its plugins get it on setup. */
type UseTranslations = Parameters<NonNullable<StarlightPlugin['hooks']['config:setup']>>[0]['useTranslations'];

/** Starlight's words in each of `langs`, from its translations (the team's overrides included). */
export function starlightLabels(useTranslations: UseTranslations, langs: readonly string[]): Record<string, StarlightLabels> {
	return Object.fromEntries(
		langs.map((lang) => {
			const t = useTranslations(lang);
			// The template around the title, cut where a marker stands in for it.
			const [before = '', after = ''] = t('heading.anchorLabel', { title: '\u0000', interpolation: { escapeValue: false } }).split(
				'\u0000',
			);
			const aside = Object.fromEntries(asideKinds.map((kind) => [kind, t(`aside.${kind}`)])) as StarlightLabels['aside'];
			return [lang, { anchor: [before, after], aside }];
		}),
	);
}

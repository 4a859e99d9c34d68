import { scriptRecords } from '../../blocks/script/record.ts';
import { channelNames } from '../../content/frontmatter.ts';
import type { LocalePage } from '../../content/pages.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A page in the situations index. */
export interface SituationEntry {
	title: string;
	path: string;
	situation: string;
	/** The label of its first call script, when it has one. */
	script: string | undefined;
	/** The language it is written in: another than the index's when it stands in for a page not translated yet. */
	lang: string;
	/** True when it stands in for a page not translated yet. */
	fallback: boolean;
}

/** A channel and its situations, scripts first. */
export interface ChannelGroup {
	channel: string;
	label: string;
	entries: SituationEntry[];
}

/**
 * The pages that name a situation, grouped by channel (a page listed under each
 * of its channels; pages with none under "Any channel"), call scripts first,
 * then by situation (in the order of language `t.lang`). Channel names are
 * in that language.
 */
export function situationsByChannel(pages: readonly LocalePage[], t: Translate): ChannelGroup[] {
	const groups = new Map<string, SituationEntry[]>();
	for (const page of pages) {
		const { situation, channels, title } = page.entry.data;
		if (!situation) continue;
		const entry: SituationEntry = {
			title,
			path: page.path,
			situation,
			script: scriptRecords.of(page.data)[0]?.label,
			lang: page.locale.lang,
			fallback: page.fallback,
		};
		for (const channel of channels.length ? channels : ['any']) groups.set(channel, [...(groups.get(channel) ?? []), entry]);
	}
	const order = new Intl.Collator(t.lang);
	return [...channelNames, 'any']
		.filter((channel) => groups.has(channel))
		.map((channel) => ({
			channel,
			label: channel === 'any' ? t('rapport.situations.anyChannel') : t(`rapport.search.channel.${channel}`),
			entries: (groups.get(channel) ?? []).sort((a, b) => Number(!a.script) - Number(!b.script) || order.compare(a.situation, b.situation)),
		}));
}

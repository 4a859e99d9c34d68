import { scriptRecords } from '../../blocks/script/record.ts';
import { channelNames } from '../../content/frontmatter.ts';
import type { PlaybookPage } from '../../content/pages.ts';

/** A page in the situations index. */
export interface SituationEntry {
	title: string;
	path: string;
	situation: string;
	/** The label of its first call script, when it has one. */
	script: string | undefined;
}

/** A channel and its situations, scripts first. */
export interface ChannelGroup {
	channel: string;
	label: string;
	entries: SituationEntry[];
}

const channelLabels: Record<string, string> = {
	phone: 'Phone',
	chat: 'Chat',
	email: 'Email',
	'in-person': 'In person',
	any: 'Any channel',
};

/**
 * The pages that name a situation, grouped by channel (a page listed under each
 * of its channels; pages with none under "Any channel"), call scripts first,
 * then by situation.
 */
export function situationsByChannel(pages: PlaybookPage[]): ChannelGroup[] {
	const groups = new Map<string, SituationEntry[]>();
	for (const page of pages) {
		const { situation, channels, title } = page.entry.data;
		if (!situation) continue;
		const entry: SituationEntry = { title, path: page.path, situation, script: scriptRecords.of(page.data)[0]?.label };
		for (const channel of channels.length ? channels : ['any']) groups.set(channel, [...(groups.get(channel) ?? []), entry]);
	}
	return [...channelNames, 'any']
		.filter((channel) => groups.has(channel))
		.map((channel) => ({
			channel,
			label: channelLabels[channel] ?? channel,
			entries: (groups.get(channel) ?? []).sort((a, b) => Number(!a.script) - Number(!b.script) || a.situation.localeCompare(b.situation)),
		}));
}

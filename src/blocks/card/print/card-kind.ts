import { sectionLabel } from '../../../navigation/section-labels.ts';

/**
 * What a card says it is, above its title: the section of the playbook its
 * page is in, as the sidebar of the card's language calls it (`sectionLabel`):
 * "Call scripts", or "Scripts d’appel" when `labels['fr/call-scripts']` is set.
 * Undefined (the caller says "Desk card" in the card's language) for a page
 * outside any folder, and in a language other than the default when the team
 * gave the folder no label in it: folders are named in the default language,
 * so their readable names would be English on a French card.
 * @example cardKind(labels, 'call-scripts', 'fr', '') → labels['fr/call-scripts'] ?? undefined
 */
export function cardKind(
	labels: Readonly<Record<string, string>>,
	section: string | undefined,
	localeDir: string,
	defaultDir: string,
): string | undefined {
	if (section === undefined) return undefined;
	if (localeDir !== defaultDir && labels[`${localeDir}/${section}`] === undefined) return undefined;
	return sectionLabel(labels, section, localeDir);
}

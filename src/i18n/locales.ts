/** One language of the playbook, as Starlight's `locales` configure it. */
export interface PlaybookLocale {
	/** Its folder in the playbook and its path prefix on the site: `fr`, or `` for the root locale. */
	dir: string;
	/** Its BCP-47 language tag, e.g. `fr` or `pt-BR`: the pages' `<html lang>` and the key of its strings. */
	lang: string;
	/** Its name in the language picker, e.g. `Français`. */
	label: string;
}

/** Every language of the playbook, and which one others fall back to. */
export interface PlaybookLocales {
	/** Every locale, the default first. */
	all: PlaybookLocale[];
	/** The locale untranslated pages fall back to. */
	default: PlaybookLocale;
}

/** What Rapport reads of Starlight's configuration (`locales`, `defaultLocale`). */
export interface StarlightLocaleConfig {
	locales?: Record<string, { label: string; lang?: string | undefined }> | undefined;
	defaultLocale?: string | undefined;
}

/** A playbook in one language, English, as a site without `locales` is. */
export const englishOnly: PlaybookLocales = {
	all: [{ dir: '', lang: 'en', label: 'English' }],
	default: { dir: '', lang: 'en', label: 'English' },
};

/**
 * The playbook's languages from Starlight's `locales` and `defaultLocale`, the
 * way Starlight reads them: a `root` locale's pages are at the top of the
 * playbook folder and of the site; every other locale's are in a folder of
 * its name (`playbooks/fr/` → `/fr/…`).
 */
export function playbookLocales(config: StarlightLocaleConfig): PlaybookLocales {
	const entries = Object.entries(config.locales ?? {});
	if (entries.length === 0) return englishOnly;
	const all = entries.map(([key, locale]) => ({
		dir: key === 'root' ? '' : key,
		lang: locale.lang ?? (key === 'root' ? 'en' : key),
		label: locale.label,
	}));
	const defaultDir = config.locales?.['root'] ? '' : (config.defaultLocale ?? all[0]?.dir ?? '');
	const fallback = all.find((locale) => locale.dir === defaultDir) ?? all[0] ?? englishOnly.default;
	return { all: [fallback, ...all.filter((locale) => locale !== fallback)], default: fallback };
}

/** The locale of a page from its path in the playbook folder (`fr/call-scripts/angry.md`) or its route (`fr/call-scripts/angry`). */
export function localeOfPath(path: string, locales: PlaybookLocales): PlaybookLocale {
	const first = path.replace(/^\/+/, '').split('/')[0]?.toLowerCase() ?? '';
	return locales.all.find((locale) => locale.dir !== '' && locale.dir.toLowerCase() === first) ?? rootLocale(locales);
}

/** The locale whose pages are at the top of the playbook folder: the root locale, else the default. */
function rootLocale(locales: PlaybookLocales): PlaybookLocale {
	return locales.all.find((locale) => locale.dir === '') ?? locales.default;
}

/**
 * What a page is in every language: its path with the locale folder taken off
 * (`fr/call-scripts/angry.md` → `call-scripts/angry.md`). A page and its
 * translation share it.
 */
export function translationKey(path: string, locales: PlaybookLocales): string {
	const locale = localeOfPath(path, locales);
	const trimmed = path.replace(/^\/+/, '');
	return locale.dir ? trimmed.slice(locale.dir.length).replace(/^\/+/, '') : trimmed;
}

/** The site path prefix of a locale: `/fr/` (under the site's `base`) or the base itself for the root locale. */
export function localePrefix(locale: PlaybookLocale, base = '/'): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return locale.dir ? `${root}${locale.dir}/` : root;
}

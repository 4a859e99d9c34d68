/**
 * What the browser remembers for Rapport (placeholder values, ticks, quiz
 * answers, search filters and gaps), kept so that no stored state and no
 * locked-down browser can stop a page: values read back are validated (a
 * wrong shape is dropped, never thrown on); storage that is missing, disabled
 * or full falls back to memory for the page's lifetime (said once, quietly,
 * in the console); writes are bounded; and changes made in another tab reach
 * this one as they happen.
 */

/** Where a value lives: `local` (kept across visits) or `session` (this tab, until it closes). */
export type StorageArea = 'local' | 'session';

/** One remembered value. */
export interface StoredValue<T> {
	/** The value, or the fallback when nothing valid is stored. */
	get(): T;
	/** Remembers `value` (in memory when the browser will not store it). */
	set(value: T): void;
	/** Forgets it. */
	clear(): void;
	/** Calls `listener` when another tab changes the value (local storage only). */
	onExternalChange(listener: (value: T) => void): void;
}

/** Largest value written, in characters: a runaway value stays in memory instead of filling the browser's quota. */
const maxStoredChars = 200_000;

const memory = new Map<string, string>();
let warned = false;

/**
 * A value kept under `key` in `area`, read through `parse` (which returns
 * undefined for anything that is not a valid value) with `fallback` otherwise.
 */
export function storedValue<T>(area: StorageArea, key: string, parse: (raw: unknown) => T | undefined, fallback: () => T): StoredValue<T> {
	const decode = (text: string | null | undefined): T => {
		if (text === null || text === undefined) return fallback();
		try {
			return parse(JSON.parse(text)) ?? fallback();
		} catch {
			return fallback();
		}
	};
	return {
		get: () => decode(memory.has(key) ? memory.get(key) : read(area, key)),
		set(value) {
			const text = JSON.stringify(value);
			memory.delete(key);
			if (text.length > maxStoredChars || !write(area, key, text)) memory.set(key, text);
		},
		clear() {
			memory.delete(key);
			remove(area, key);
		},
		onExternalChange(listener) {
			if (area !== 'local' || typeof window === 'undefined') return;
			window.addEventListener('storage', (event) => {
				if (event.key === key || event.key === null) listener(decode(event.newValue));
			});
		},
	};
}

/** `record[name]` when it is the record's own string: never a prototype's (`constructor`, `toString`) or another type. */
export function ownString(record: unknown, name: string): string | undefined {
	if (!record || typeof record !== 'object' || !Object.hasOwn(record, name)) return undefined;
	const value: unknown = (record as Record<string, unknown>)[name];
	return typeof value === 'string' ? value : undefined;
}

/** `raw` as a record of strings (other entries dropped), with no prototype, or undefined when it is not an object. */
export function stringRecord(raw: unknown): Record<string, string> | undefined {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const record: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const [name, value] of Object.entries(raw)) if (typeof value === 'string') record[name] = value;
	return record;
}

function storage(area: StorageArea): Storage | undefined {
	// A browser that forbids storage gets one that lasts for the page (see components/ThemeProvider.astro): say so once.
	try {
		if ((window as { rapportMemoryStorage?: boolean }).rapportMemoryStorage) cannotRemember();
		return area === 'local' ? window.localStorage : window.sessionStorage;
	} catch {
		return undefined;
	}
}

function read(area: StorageArea, key: string): string | null {
	try {
		return storage(area)?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function write(area: StorageArea, key: string, text: string): boolean {
	try {
		const target = storage(area);
		if (!target) throw new Error('no storage');
		target.setItem(key, text);
		// A full storage may not throw (the page quiets it for Starlight's scripts): only what reads back was kept.
		if (target.getItem(key) !== text) throw new Error('not kept');
		return true;
	} catch {
		cannotRemember();
		return false;
	}
}

function remove(area: StorageArea, key: string): void {
	try {
		storage(area)?.removeItem(key);
	} catch {
		// Nothing stored to forget.
	}
}

function cannotRemember(): void {
	if (warned) return;
	warned = true;
	console.info(
		'Rapport: this browser does not let the page store anything, so ticks, answers and filled-in names last until you leave the page.',
	);
}

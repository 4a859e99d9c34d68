import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name nearest to `name`, or undefined when none is close enough to be
 * a plausible typo (more than half the name would have to change).
 * `golden-rule` → `golden-rules`, `cards` → `card`.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
	if (known.length === 0) return undefined;
	const candidate = closest(name, [...known]);
	return distance(name, candidate) <= Math.max(2, Math.floor(name.length / 2)) ? candidate : undefined;
}

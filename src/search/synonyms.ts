import { inflections } from '../words/avoid.ts';

/**
 * Words agents use for the same thing, written `a = b = c`. A page that uses
 * one word of a group is also found by the others ("irate caller" finds the
 * page about an angry caller).
 */
export const defaultSynonyms: string[] = [
	'angry = upset = irate = furious = mad = annoyed = frustrated = livid = fuming = raging = wound up = losing it = kicking off = having a go',
	'swearing = cursing = abusive = rude = insulting = profanity = shouting = yelling = effing = foul language = bad language',
	'refund = money back = reimbursement = compensation',
	'discount = deal = cheaper = price cut = special offer',
	'vip = important customer = key account = priority customer = big spender',
	'colleague = coworker = teammate = workmate = team member',
	'friend = mate = neighbour = family = acquaintance',
	'handover = hand over = handoff = transfer = cover',
	'holiday = annual leave = vacation = time off',
	'complaint = complain = grievance',
	'interruption = downtime = outage = offline = not working',
	'struggling = confused = stuck = lost',
	'empathy = sympathy = compassion',
	'escalate = escalation = supervisor = manager',
	'unclear = vague = confusing = ambiguous',
	'bias = prejudice = stereotype = assumption',
	'greeting = opening = hello = welcome = start the call',
	'closing = goodbye = wrap up = end the call = finish the call = sign off',
	'listen = listening = hear',
	'interrupt = interrupting = cut off = talk over = butt in',
	'summarise = summarize = sum up = recap = paraphrase = repeat back',
	'positive = upbeat = cheerful = optimistic',
	'confident = self assured = assertive',
	'distraction = distracted = noise = noisy = loud = rowdy',
	'badmouth = slag off = run down = criticise = criticize = trash talk',
	'mistake = error = messed up = screwed up = blunder',
	'apologise = apologize = apology = sorry',
	'fixed = resolved = sorted = solved = working again',
	'refuse = decline = turn down = knock back',
	'agent = rep = representative = advisor',
	'difficult = demanding = awkward = nightmare',
];

/** Parses `a = b = c` lines into groups of lowercase words or phrases. */
export function parseSynonyms(lines: readonly string[]): string[][] {
	return lines
		.map((line) =>
			line
				.split('=')
				.map((word) => word.trim().toLowerCase())
				.filter(Boolean),
		)
		.filter((group) => group.length > 1);
}

/**
 * Finds the words a page should also be found by: for every group with a
 * member in the page's text (any inflection; phrases word for word), the other
 * members. Build it once for the playbook and call it per page: the
 * inflections of every member are worked out here, not per page.
 */
export function synonymFinder(groups: readonly string[][]): (text: string) => string[] {
	const matchers = groups.map((group) =>
		group.map((member) => {
			if (member.includes(' ')) return (_words: Set<string>, sequence: string) => sequence.includes(` ${member} `);
			const forms = inflections(member);
			return (words: Set<string>) => forms.some((form) => words.has(form));
		}),
	);
	return (text) => {
		const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		const words = new Set(found);
		const sequence = ` ${found.join(' ')} `;
		const extra = new Set<string>();
		groups.forEach((group, index) => {
			const present = group.filter((_member, position) => matchers[index]?.[position]?.(words, sequence));
			if (present.length === 0) return;
			for (const member of group) if (!present.includes(member)) extra.add(member);
		});
		return [...extra];
	};
}

/**
 * Rapport's synonym groups in each language it ships strings for (by base
 * language tag); the `synonyms` option replaces a language's groups.
 */
export const defaultSynonymsByLanguage: Record<string, readonly string[]> = {
	en: defaultSynonyms,
	fr: [],
	es: [],
	de: [],
};

import { inflections } from '../words/avoid.ts';

/**
 * Words agents use for the same thing, written `a = b = c`. A page that uses
 * one word of a group is also found by the others ("irate caller" finds the
 * page about an angry caller).
 */
export const defaultSynonyms: string[] = [
	'angry = upset = irate = furious = mad = annoyed = frustrated = livid',
	'swearing = cursing = abusive = rude = insulting = profanity = shouting = yelling',
	'refund = money back = reimbursement = compensation',
	'discount = deal = cheaper = price cut = special offer',
	'vip = important customer = key account = priority customer',
	'colleague = coworker = teammate',
	'handover = hand over = handoff = transfer',
	'complaint = complain = grievance',
	'interruption = downtime = outage = offline = not working',
	'struggling = confused = stuck = lost',
	'empathy = sympathy = compassion',
	'escalate = escalation = supervisor = manager',
	'unclear = vague = confusing = ambiguous',
	'bias = prejudice = stereotype = assumption',
	'greeting = opening = hello = welcome',
	'closing = goodbye = wrap up = end the call',
	'listen = listening = hear',
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
 * The words a page should also be found by: for every group with a member in
 * `text` (any inflection), the other members.
 */
export function synonymsFor(text: string, groups: readonly string[][]): string[] {
	const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
	const flat = ` ${[...words].join(' ')} `;
	const extra = new Set<string>();
	for (const group of groups) {
		const present = group.filter((member) =>
			member.includes(' ') ? flat.includes(` ${member} `) : inflections(member).some((form) => words.has(form)),
		);
		if (present.length === 0) continue;
		for (const member of group) if (!present.includes(member)) extra.add(member);
	}
	return [...extra];
}

/**
 * Call notes as plain text for a ticket: the script, when, the channel, the
 * details filled in, the steps taken with the questions asked and the answers
 * typed, and the outcome. Sensitive fields are named, never their values.
 */

/** A detail filled in during the call (a placeholder or a field). */
export interface NoteDetail {
	label: string;
	value: string;
	/** Named as given, its value left out. */
	sensitive: boolean;
}

/** A step taken, with what was asked there. */
export interface NoteStep {
	/** Its number in the script. */
	number: number;
	label: string;
	asked: { question: string; answer: string }[];
	/** Its outcome, for a step that ends the call (the outcome when it is the last step taken). */
	outcome?: string | undefined;
}

/** Everything call notes say. */
export interface CallNotes {
	/** The script's name. */
	script: string;
	/** The page's address. */
	address: string;
	/** When the call started (first step taken), if it did. */
	started?: Date | undefined;
	/** When the notes were copied. */
	copied: Date;
	/** The time zone the times are in, e.g. "Europe/Paris". */
	timeZone: string;
	/** The channel the agent picked, if the script offers a choice. */
	channel?: string | undefined;
	details: NoteDetail[];
	steps: NoteStep[];
	/** How many steps the script has. */
	stepCount: number;
}

/** The notes as lines of plain text, ready to paste into a ticket. */
export function callNotesText(notes: CallNotes): string {
	const lines = [`Call notes: ${notes.script}`, `When: ${when(notes)}`];
	if (notes.channel) lines.push(`Channel: ${notes.channel}`);
	for (const detail of notes.details) {
		if (detail.sensitive) lines.push(`${detail.label}: given, not recorded`);
		else lines.push(`${detail.label}: ${oneLine(detail.value)}`);
	}
	lines.push('');
	if (notes.steps.length === 0) lines.push('Steps taken: none (the script was not started)');
	else lines.push(`Steps taken (${notes.steps.length}, of ${notes.stepCount} in the script):`);
	for (const step of notes.steps) {
		lines.push(`${step.number}. ${step.label}`);
		for (const { question, answer } of step.asked) {
			lines.push(`   Asked: ${oneLine(question)}`);
			if (answer.trim()) lines.push(`   Answer: ${oneLine(answer)}`);
		}
	}
	lines.push('');
	const last = notes.steps.at(-1);
	// The step the call ended at: an outcome step the agent moved on from (they settled, after all) is not the outcome.
	if (last?.outcome !== undefined) lines.push(`Outcome: ${last.outcome}`);
	else if (last) lines.push(`Outcome: none reached (the call stopped at step ${last.number}, ${last.label})`);
	else lines.push('Outcome: none reached');
	lines.push(`Script: ${notes.address}`);
	return lines.join('\n');
}

/** "2026-11-30 14:05 to 14:12 (Europe/Paris)", or the copy time alone for a call not started. */
function when({ started, copied, timeZone }: CallNotes): string {
	const zone = timeZone ? ` (${timeZone})` : '';
	if (!started) return `${day(copied)} ${time(copied)}${zone}`;
	const to = day(started) === day(copied) ? time(copied) : `${day(copied)} ${time(copied)}`;
	return `${day(started)} ${time(started)} to ${to}${zone}`;
}

const two = (value: number) => String(value).padStart(2, '0');
const day = (date: Date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
const time = (date: Date) => `${two(date.getHours())}:${two(date.getMinutes())}`;

/** Typed text on one line: a pasted line break cannot start a fake entry in the notes. */
function oneLine(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}

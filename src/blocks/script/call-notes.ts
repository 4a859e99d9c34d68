/**
 * Call notes as plain text for a ticket: the script, when, the channel, the
 * details filled in, the steps taken with the questions asked and the answers
 * typed, and the outcome. Sensitive fields are named, never their values.
 */
import { translator, type StringValues } from '../../i18n/translate.ts';
import { scriptBrowserEnglish } from './strings.ts';

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

/** Rapport's strings, as call notes read them: `ui` in the browser, a page's `t` or English elsewhere. */
export type NoteStrings = (key: string, values?: StringValues) => string;

const english: NoteStrings = translator('en', scriptBrowserEnglish);

/**
 * The notes as lines of plain text, ready to paste into a ticket, in the
 * language of `t` (its words) and `lang` (its dates): English by default.
 */
export function callNotesText(notes: CallNotes, t: NoteStrings = english, lang = 'en'): string {
	const lines = [t('rapport.script.notes.title', { script: notes.script }), t('rapport.script.notes.when', { when: when(notes, t, lang) })];
	if (notes.channel) lines.push(t('rapport.script.notes.channel', { channel: notes.channel }));
	for (const detail of notes.details) {
		if (detail.sensitive) lines.push(t('rapport.script.notes.notRecorded', { label: detail.label }));
		else lines.push(t('rapport.script.notes.detail', { label: detail.label, value: oneLine(detail.value) }));
	}
	lines.push('');
	if (notes.steps.length === 0) lines.push(t('rapport.script.notes.noSteps'));
	else lines.push(t('rapport.script.notes.steps', { taken: notes.steps.length, count: notes.stepCount }));
	for (const step of notes.steps) {
		lines.push(`${step.number}. ${step.label}`);
		for (const { question, answer } of step.asked) {
			lines.push(`   ${t('rapport.script.notes.asked', { question: oneLine(question) })}`);
			if (answer.trim()) lines.push(`   ${t('rapport.script.notes.answer', { answer: oneLine(answer) })}`);
		}
	}
	lines.push('');
	const last = notes.steps.at(-1);
	// The step the call ended at: an outcome step the agent moved on from (they settled, after all) is not the outcome.
	if (last?.outcome !== undefined) lines.push(t('rapport.script.notes.outcome', { outcome: last.outcome }));
	else if (last) lines.push(t('rapport.script.notes.stoppedAt', { number: last.number, label: last.label }));
	else lines.push(t('rapport.script.notes.noOutcome'));
	lines.push(t('rapport.script.notes.script', { address: notes.address }));
	return lines.join('\n');
}

/** "2026-11-30 14:05 to 14:12 (Europe/Paris)", "le 30/11/2026 de 14:05 à 14:12 (Europe/Paris)", or the copy time alone for a call not started. */
function when({ started, copied, timeZone }: CallNotes, t: NoteStrings, lang: string): string {
	const zone = timeZone ? ` (${timeZone})` : '';
	const [day, time] = [dayIn(lang), timeIn(lang)];
	if (!started) return t('rapport.script.notes.at', { day: day(copied), time: time(copied) }) + zone;
	const from = time(started);
	const to = time(copied);
	if (day(started) === day(copied)) return t('rapport.script.notes.sameDay', { day: day(started), from, to }) + zone;
	return t('rapport.script.notes.acrossDays', { fromDay: day(started), from, toDay: day(copied), to }) + zone;
}

/**
 * A day in digits as `lang` writes it (30/11/2026, 30.11.2026). English with
 * no region says neither which order day and month go in, so it gets the
 * year first (2026-11-30), which no reader can take the wrong way.
 */
function dayIn(lang: string): (date: Date) => string {
	if (lang.toLowerCase() === 'en') return (date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
	const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit' });
	return (date) => format.format(date);
}

/** A time of day on the 24-hour clock, as `lang` writes it: 14:05. */
function timeIn(lang: string): (date: Date) => string {
	const format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
	return (date) => format.format(date);
}

const two = (value: number) => String(value).padStart(2, '0');

/** Typed text on one line: a pasted line break cannot start a fake entry in the notes. */
function oneLine(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}

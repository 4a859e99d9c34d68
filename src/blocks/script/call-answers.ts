/**
 * The answers typed under a call script's questions (`:ask`), for the call
 * notes: kept with the call (this tab only) and cleared with it.
 */
import { lineText } from '../say/lines-client.ts';
import { callRecord } from './call-record.ts';

/** One question asked at a step, with the answer typed under it. */
export interface Asked {
	question: string;
	answer: string;
}

/** The answer boxes of one script. */
export interface CallAnswers {
	/** The questions of `step` shown for the channel picked, with their answers. */
	askedAt: (step: HTMLElement) => Asked[];
	/** Empties every box (the record is cleared with the call). */
	clear: () => void;
}

/**
 * Wires the answer boxes of `script` (see `call-controls.ts`): each keeps what
 * is typed with the call. A question followed by a `:field` is answered in it.
 */
export function callAnswers(script: HTMLElement): CallAnswers {
	const record = callRecord(script);
	const boxes = [...script.querySelectorAll<HTMLInputElement>('input[data-answer-for]')];
	for (const box of boxes) {
		const key = box.dataset['answerFor'] ?? '';
		box.value = record.get().answers[key] ?? '';
		box.addEventListener('input', () => {
			const call = record.get();
			record.set({ ...call, answers: { ...call.answers, [key]: box.value } });
		});
	}
	const answerTo = (line: HTMLElement): string => {
		const field = line.dataset['answerField'];
		const box = field
			? script.querySelector<HTMLInputElement>(`input[data-field="${CSS.escape(field)}"]`)
			: script.querySelector<HTMLInputElement>(`input[data-answer-for="${CSS.escape(line.dataset['answer'] ?? '')}"]`);
		return !box || box.hasAttribute('data-sensitive') ? '' : box.value;
	};
	return {
		askedAt: (step) =>
			[...step.querySelectorAll<HTMLElement>('[data-playbook="ask"]')]
				.filter((line) => !line.hidden)
				.map((line) => ({ question: lineText(line), answer: answerTo(line) })),
		clear() {
			for (const box of boxes) box.value = '';
		},
	};
}

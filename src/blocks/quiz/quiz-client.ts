/**
 * Quizzes in the browser: the running total as the reader answers, and the
 * result whose range holds the total once every statement is rated. Answers
 * are kept per page and quiz like checklist ticks (shared browser state), with
 * a control to clear them.
 */
import { storedValue } from '../../client/browser-state.ts';
import { ui } from '../../i18n/browser.ts';

/** The result (by its range) that a total falls in. */
export function resultFor(total: number, ranges: { min: number; max: number }[]): number {
	return ranges.findIndex((range) => total >= range.min && total <= range.max);
}

function wire(quiz: HTMLElement): void {
	const form = quiz.querySelector<HTMLFormElement>('[data-quiz-form]');
	const totalLine = quiz.querySelector<HTMLElement>('[data-quiz-total]');
	const results = [...quiz.querySelectorAll<HTMLElement>('[data-playbook="result"]')];
	const count = Number(quiz.dataset['statements'] ?? 0);
	if (!form || !totalLine) return;
	const answers = storedValue<(number | null)[]>('local', `rapport:quiz:${location.pathname}#${quiz.id}`, ratingsOf, () => []);
	const groups = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset')];
	const show = (ratings: readonly (number | null)[]) =>
		groups.forEach((group, index) => {
			for (const input of group.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
				input.checked = Number(input.value) === ratings[index];
		});
	const update = () => {
		const answers = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => Number(input.value));
		const total = answers.reduce((sum, value) => sum + value, 0);
		const complete = answers.length === count;
		totalLine.hidden = false;
		totalLine.textContent = complete
			? ui('rapport.quiz.total', { total, count })
			: ui('rapport.quiz.soFar', { total, rated: answers.length, count });
		const match = complete
			? resultFor(
					total,
					results.map((result) => ({ min: Number(result.dataset['min']), max: Number(result.dataset['max']) })),
				)
			: -1;
		results.forEach((result, index) => (result.hidden = index !== match));
	};
	show(answers.get());
	answers.onExternalChange((ratings) => {
		show(ratings);
		update();
	});
	form.addEventListener('change', () => {
		answers.set(groups.map((group) => Number(group.querySelector<HTMLInputElement>('input:checked')?.value ?? Number.NaN) || null));
		update();
	});
	const reset = quiz.querySelector<HTMLButtonElement>('[data-rapport-reset]');
	if (reset) {
		reset.hidden = false;
		reset.addEventListener('click', () => {
			answers.clear();
			show([]);
			update();
			groups[0]?.querySelector('input')?.focus();
		});
	}
	quiz.dataset['ready'] = '';
	update();
}

/** Ratings as stored: 1 to 5, or null for a statement not rated yet (anything else is no answers). */
function ratingsOf(raw: unknown): (number | null)[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	return raw.map((rating) => (typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null));
}

for (const quiz of document.querySelectorAll<HTMLElement>('[data-playbook="quiz"]')) wire(quiz);

/**
 * Quizzes in the browser: the running total as the reader answers, and the
 * result whose range holds the total once every statement is rated.
 */

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
	const update = () => {
		const answers = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => Number(input.value));
		const total = answers.reduce((sum, value) => sum + value, 0);
		const complete = answers.length === count;
		totalLine.hidden = false;
		totalLine.textContent = complete
			? `Your total: ${total} (all ${count} statements rated).`
			: `Your total so far: ${total}. ${answers.length} of ${count} statements rated.`;
		const match = complete
			? resultFor(
					total,
					results.map((result) => ({ min: Number(result.dataset['min']), max: Number(result.dataset['max']) })),
				)
			: -1;
		results.forEach((result, index) => (result.hidden = index !== match));
	};
	form.addEventListener('change', update);
	quiz.dataset['ready'] = '';
	update();
}

for (const quiz of document.querySelectorAll<HTMLElement>('[data-playbook="quiz"]')) wire(quiz);

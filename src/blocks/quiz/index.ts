import type { ListItem, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { attribute, commonAttributes } from '../../directives/attributes.ts';
import type { Block } from '../../directives/block.ts';
import { identify } from '../../directives/ids.ts';
import { element, listsIn, renderAs, splitLabel, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import type { Translate } from '../../i18n/translate.ts';

type Result = ContainerDirective & { name: 'result' };
const scale = [1, 2, 3, 4, 5];

/**
 * `::::quiz[label]{low="Never" high="All the time"}`: one list of statements,
 * each rated 1–5, and `:::result{min max}` blocks for ranges of the total.
 * Works as a form on screen (total and result as the reader answers) and on paper.
 */
export const quiz: Block = {
	name: 'quiz',
	type: 'containerDirective',
	attributes: { ...commonAttributes, low: attribute.text, high: attribute.text },
	styles: new URL('./quiz.css', import.meta.url).pathname,
	script: new URL('./quiz-client.ts', import.meta.url).pathname,
	transform(node, context) {
		if (node.type !== 'containerDirective') return;
		const { file, settings } = context;
		const { t } = settings;
		const { label, body, name, id } = identify(node, context, 'quiz');
		const low = node.attributes?.low?.trim() || t('rapport.quiz.low');
		const high = node.attributes?.high?.trim() || t('rapport.quiz.high');
		const statements = listsIn(body).flatMap((list) => list.children);
		if (statements.length === 0) {
			report(file, node, {
				rule: 'quiz/no-statements',
				reason: 'Unexpected quiz without statements, expected a list of statements to rate from 1 to 5.',
				fix: 'Write each one as a list item, e.g. `- I finish people’s sentences for them.`',
			});
		}
		const results = body.filter((child): child is Result => child.type === 'containerDirective' && child.name === 'result');
		checkRanges(results, statements.length, file);
		const intro = body.filter((child) => child.type !== 'list' && !results.includes(child as Result));
		const questions = statements.map((statement, index) => question(statement, index, id, low, high));
		results.forEach((one) => renderResult(one, t));
		node.children = [
			element('p', { className: ['rapport-title'] }, label ?? [text(t('rapport.quiz.untitled'))]),
			...intro,
			element('p', { className: ['rapport-quiz__how'] }, [text(t('rapport.quiz.how', { low, high }))]),
			element('form', { className: ['rapport-quiz__form'], dataQuizForm: '' }, questions),
			element('p', { className: ['rapport-quiz__total'], ariaLive: 'polite', dataQuizTotal: '', hidden: true }, []),
			element('button', { type: 'button', className: ['rapport-control'], dataRapportReset: '', hidden: true }, [
				text(t('rapport.quiz.clear')),
			]),
			element('div', { className: ['rapport-quiz__results'] }, results),
		];
		renderAs(node, 'section', {
			dataPlaybook: 'quiz',
			id,
			ariaLabel: name || t('rapport.quiz.untitled'),
			dataStatements: statements.length,
			className: ['rapport-block', 'rapport-quiz'],
		});
	},
};

/** `:::result` is a known name, but only inside `quiz`. */
export const result: Block = {
	name: 'result',
	type: 'containerDirective',
	inside: 'quiz',
	attributes: { ...commonAttributes, min: attribute.wholeNumber, max: attribute.wholeNumber },
};

/** Each result needs a range the statements can total, and no two ranges may share a total. */
function checkRanges(results: Result[], count: number, file: VFile): void {
	const lowest = count;
	const highest = count * 5;
	const ranges: { node: Result; min: number; max: number }[] = [];
	for (const node of results) {
		const [min, max] = [node.attributes?.min, node.attributes?.max].map(wholeNumber) as [number, number];
		// A value written but not a whole number is reported by the result's attribute schema.
		if (
			[node.attributes?.min, node.attributes?.max].some(
				(value) => value !== undefined && value !== null && Number.isNaN(wholeNumber(value)),
			)
		)
			continue;
		if (Number.isNaN(min) || Number.isNaN(max) || min > max) {
			report(file, node, {
				rule: 'quiz/result-range',
				reason: `Unexpected result range \`min=${node.attributes?.min ?? ''} max=${node.attributes?.max ?? ''}\`, expected two whole numbers with min no more than max.`,
				fix: `Write e.g. \`:::result{min=${lowest} max=${Math.max(lowest, Math.floor((lowest + highest) / 2))}}\`.`,
			});
			continue;
		}
		if (count > 0 && (min < lowest || max > highest)) {
			report(file, node, {
				rule: 'quiz/result-outside',
				reason: `Unexpected result range ${min}–${max}, expected totals between ${lowest} and ${highest} (${count} statement${count === 1 ? '' : 's'} rated 1 to 5).`,
				fix: `Keep min and max within ${lowest}–${highest}.`,
			});
		}
		const overlap = ranges.find((other) => min <= other.max && other.min <= max);
		if (overlap) {
			report(file, node, {
				rule: 'quiz/result-overlap',
				reason: `Unexpected result range ${min}–${max}: it overlaps ${overlap.min}–${overlap.max} (line ${overlap.node.position?.start.line ?? '?'}), so one total would match both.`,
				fix: `Start this range at ${overlap.max + 1}, or end the other one before ${min}.`,
			});
		}
		ranges.push({ node, min, max });
	}
}

/** A whole number written in decimal digits, else NaN (`Number` would take `0x2` and `1e1`). */
function wholeNumber(value: string | null | undefined): number {
	return value && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
}

/** One statement as a group of five radio buttons, labelled at both ends. */
function question(statement: ListItem, index: number, quizId: string, low: string, high: string): RootContent {
	const words = statement.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
	const options = scale.map((value) => {
		const end = value === 1 ? low : value === 5 ? high : undefined;
		return element('label', { className: ['rapport-quiz__option'] }, [
			element('input', { type: 'radio', name: `${quizId}-${index}`, value, required: true, className: ['rapport-paper-box'] }, []),
			element('span', { className: ['rapport-quiz__value'] }, [text(String(value))]),
			...(end ? [element('span', { className: ['sr-only'] }, [text(` (${end})`)])] : []),
		]);
	});
	return element('fieldset', { className: ['rapport-quiz__statement'] }, [
		element('legend', {}, [text(`${index + 1}. `), ...words]),
		element('div', { className: ['rapport-quiz__scale'] }, [
			element('span', { className: ['rapport-quiz__end'], ariaHidden: 'true' }, [text(low)]),
			...options,
			element('span', { className: ['rapport-quiz__end'], ariaHidden: 'true' }, [text(high)]),
		]),
	]);
}

function renderResult(node: Result, t: Translate): void {
	const { body } = splitLabel(node);
	const min = node.attributes?.min ?? '';
	const max = node.attributes?.max ?? '';
	node.children = [element('p', { className: ['rapport-quiz__range'] }, [text(t('rapport.quiz.range', { min, max }))]), ...body];
	renderAs(node, 'div', {
		dataPlaybook: 'result',
		id: node.attributes?.id || undefined,
		dataMin: min,
		dataMax: max,
		className: ['rapport-quiz__result'],
	});
}

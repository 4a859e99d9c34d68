import type { BlockContent, Definition, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Block, BlockContext } from '../../directives/block.ts';
import { blockId, identify } from '../../directives/ids.ts';
import { element, labelText, renderAs, splitLabel, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { humanize } from '../../content/page-route.ts';
import { placeholdersIn } from '../say/placeholders.ts';
import { attribute, commonAttributes } from '../../directives/attributes.ts';
import { pageChannels } from '../say/channels.ts';
import { answerBoxes, channelSwitch, statusBar } from './call-controls.ts';
import { renderFields, reportSensitivePlaceholders } from './field.ts';
import type { Translate } from '../../i18n/translate.ts';
import { scriptRecords } from './record.ts';

type Step = ContainerDirective & { name: 'step' };

/**
 * `::::script[label]` holding `:::step[label]{#id}` blocks: a call script. Steps
 * are numbered; `#step-id` links branch; a step marked `{outcome}` ends the
 * call; `:field`s and `{name}` placeholders in its lines are filled in by the
 * agent; the browser script adds keyboard steps, the path and the call notes.
 */
export const script: Block = {
	name: 'script',
	type: 'containerDirective',
	styles: new URL('./script.css', import.meta.url).pathname,
	script: new URL('./script-client.ts', import.meta.url).pathname,
	transform(node, context) {
		if (node.type !== 'containerDirective') return;
		const { file, ids, settings } = context;
		const { t } = settings;
		const { label, body, name, id } = identify(node, context, 'script');
		const fields = renderFields(node, file, t);
		reportSensitivePlaceholders(node, fields, file);
		const steps = body.filter(isStep);
		if (steps.length === 0) {
			report(file, node, {
				rule: 'script/no-step',
				reason: 'Unexpected script without a step, expected one `:::step[…]` or more.',
				fix: 'Inside it, write `:::step[Open]`, what to do and say, then `:::`; close the script with `::::`.',
			});
		}
		const numbers = new Map<string, number>();
		steps.forEach((step, index) => {
			const stepId = blockId(step, labelText(splitLabel(step).label), `step-${index + 1}`);
			ids.claim(stepId, step, file, 'step');
			numbers.set(stepId, index + 1);
			answerBoxes(step, stepId, t);
			renderStep(step, stepId, index + 1, t);
		});
		checkBranches(node, numbers, context);
		const fieldNames = new Set(fields.map((one) => one.name));
		const placeholders = placeholdersIn(linesOf(node).join(' ')).filter((name) => !fieldNames.has(name));
		node.children = [
			element('p', { className: ['rapport-title'] }, label ?? [text(t('rapport.script.untitled'))]),
			...(placeholders.length ? [placeholderForm(placeholders, t)] : []),
			keysHelp(t),
			...(steps.length ? [statusBar(steps.length, t), ...channelSwitch(node, id, pageChannels(file), t)] : []),
			...groupSteps(body),
		];
		renderAs(node, 'section', {
			dataPlaybook: 'script',
			id,
			dataChannels: pageChannels(file).join(' ') || undefined,
			ariaLabel: name || t('rapport.script.untitled'),
			className: ['rapport-block', 'rapport-script'],
			// The word after a link to a step, "(step 3)" (see script.css), in the page's language.
			style: `--rapport-step-ref: ${JSON.stringify(t('rapport.script.stepRef'))}`,
		});
		scriptRecords.add(file, { id, label: name || t('rapport.script.untitled'), firstLine: linesOf(node)[0] ?? '' });
	},
};

/**
 * `:::step` is a known name, but only inside `script`. `{outcome}` (or
 * `{outcome="Refund issued"}`) makes the step an end of the call.
 */
export const step: Block = {
	name: 'step',
	type: 'containerDirective',
	inside: 'script',
	attributes: { ...commonAttributes, outcome: attribute.flagOrText },
	insteadOf: { outcome: 'A step that ends the call is a step marked `{outcome}`: write `:::step[Resolved]{#resolved outcome}`.' },
};

function isStep(node: RootContent): node is Step {
	return node.type === 'containerDirective' && node.name === 'step';
}

function renderStep(node: Step, id: string, number: number, t: Translate): void {
	const { label, body } = splitLabel(node);
	const untitled = t('rapport.script.step', { number });
	const title = element('p', { className: ['rapport-step__title'] }, [
		element('span', { className: ['rapport-step__number'], ariaHidden: 'true' }, [text(String(number))]),
		element('span', {}, label ?? [text(untitled)]),
	]);
	const outcome = outcomeOf(node, label ? labelText(label) : untitled);
	node.children = [
		title,
		...body,
		...(outcome === undefined
			? []
			: [element('p', { className: ['rapport-step__outcome'] }, [text(t('rapport.script.endsCall', { outcome }))])]),
	];
	// A titled anchor: search shows the step as a section of the page, and opens the script at it.
	const stepLabel = label ? labelText(label) : '';
	const pagefindTitle = stepLabel ? t('rapport.script.stepTitle', { number, label: stepLabel }) : untitled;
	renderAs(node, 'li', {
		dataPlaybook: 'step',
		id,
		tabIndex: -1,
		className: ['rapport-step'],
		dataStep: number,
		dataOutcome: outcome,
		dataPagefindTitle: pagefindTitle,
	});
}

/** A step's outcome: its `outcome="…"` words, its label for a bare `{outcome}`, undefined for a step that does not end the call. */
function outcomeOf(node: Step, label: string): string | undefined {
	const written = node.attributes?.outcome;
	if (typeof written !== 'string') return undefined;
	return written.trim() || label;
}

/**
 * Every `#link` in a script must name one of its steps, written as a link,
 * a reference (`[Acknowledge][ack]` with `[ack]: #acknowledge`) or an HTML
 * `<a href="#…">`; valid ones learn the step's number.
 */
function checkBranches(node: ContainerDirective, numbers: Map<string, number>, { file, tree }: BlockContext): void {
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (definition: Definition) => void definitions.set(definition.identifier.toLowerCase(), definition));
	visit(node, (child) => {
		const url =
			child.type === 'link'
				? child.url
				: child.type === 'linkReference'
					? definitions.get(child.identifier.toLowerCase())?.url
					: child.type === 'html'
						? /<a\s[^>]*href\s*=\s*["']?(#[^"'\s>]*)/i.exec(child.value)?.[1]
						: undefined;
		if (!url?.startsWith('#')) return;
		const target = decodedFragment(url.slice(1));
		const number = numbers.get(target);
		if (number !== undefined) {
			if (child.type === 'link') renderAs(child, 'a', { dataStepLink: target, dataStepNumber: number });
			return;
		}
		const known = [...numbers.keys()].map((stepId) => `\`#${stepId}\``).join(', ');
		report(file, child, {
			rule: 'script/unknown-step',
			reason: `Unexpected link to \`#${target}\`: no step of this script has that id.`,
			fix: known ? `Link to one of ${known}, or give the step you mean \`{#${target}}\`.` : `Give the step you mean \`{#${target}}\`.`,
		});
	});
}

/** The words of the script's say and ask lines, in order. */
function linesOf(node: ContainerDirective): string[] {
	const lines: string[] = [];
	visit(node, 'textDirective', (line) => {
		if (line.name === 'say' || line.name === 'ask') lines.push(toString(line).trim());
	});
	return lines;
}

/** Consecutive steps as one numbered list (`start` keeps the numbers right after other content). */
function groupSteps(body: ContainerDirective['children']): ContainerDirective['children'] {
	const out: ContainerDirective['children'] = [];
	let run: Step[] = [];
	let count = 0;
	const flush = () => {
		if (run.length === 0) return;
		out.push(element('ol', { className: ['rapport-script__steps'], start: count - run.length + 1 }, run));
		run = [];
	};
	for (const child of body) {
		if (isStep(child)) {
			run.push(child);
			count++;
		} else {
			flush();
			out.push(child);
		}
	}
	flush();
	return out;
}

function placeholderForm(names: string[], t: Translate): BlockContent {
	const fields = names.map((name) =>
		element('label', { className: ['rapport-script__field'] }, [
			element('span', {}, [text(humanize(name))]),
			element(
				'input',
				{ type: 'text', className: ['rapport-field'], dataPlaceholderInput: name, autoComplete: 'off', spellCheck: 'false' },
				[],
			),
		]),
	);
	return element('div', { role: 'group', ariaLabel: t('rapport.script.fillIn'), className: ['rapport-script__fill'] }, [
		element('span', { className: ['rapport-script__fill-hint'] }, [text(t('rapport.script.fillInHint'))]),
		...fields,
	]);
}

/**
 * The keys of a call, shown once the browser script runs: "Keys: J next step · K previous step · …".
 * The letters are the characters typed (the browser script reads `event.key`); Escape is named as keyboards in the
 * page's language label it ("Échap" in French).
 */
function keysHelp(t: Translate): BlockContent {
	const keys: [string, string][] = [
		['J', 'next'],
		['K', 'previous'],
		['C', 'copy'],
		['B', 'back'],
		['R', 'newCall'],
		['N', 'notes'],
		[t('rapport.script.key.esc'), 'leave'],
	];
	return element('p', { className: ['rapport-script__keys'], hidden: true }, [
		text(`${t('rapport.script.keys')} `),
		...keys.flatMap(([key, what], index) => [
			...(index > 0 ? [text(' · ')] : []),
			element('kbd', {}, [text(key)]),
			text(` ${t(`rapport.script.keys.${what}`)}`),
		]),
	]);
}

/** A link's `#fragment` as an id: `%20` decoded, a stray `%` kept as written. */
function decodedFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

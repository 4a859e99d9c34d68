import type { Block } from '../directives/block.ts';
import { card } from './card/index.ts';
import { checklist } from './checklist/index.ts';
import { doSide, dontSide, dosDonts } from './dos-donts/index.ts';
import { goldenRules } from './golden-rules/index.ts';
import { quiz, result } from './quiz/index.ts';
import { ask, say } from './say/index.ts';
import { field } from './script/field.ts';
import { script, step } from './script/index.ts';

/** Every block Rapport knows. Adding a block is one folder plus one entry here. */
export const blocks: readonly Block[] = [
	goldenRules,
	dosDonts,
	doSide,
	dontSide,
	checklist,
	card,
	script,
	step,
	field,
	say,
	ask,
	quiz,
	result,
];

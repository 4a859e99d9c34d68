import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import type { Directive } from './nodes.ts';
import { colonsOf } from './nodes.ts';
import { report } from './problems.ts';
import { nearestName } from './suggest.ts';

/** The attributes a block accepts: each name with the schema its value must pass (values are strings as written). */
export type AttributeSchemas = Record<string, z.ZodType>;

/** Ids name anchors and the pages blocks add (e.g. `/cards/<id>/`): letters, digits, `-` and `_`, nothing that changes a URL's path. */
const safeId = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** Schemas for the kinds of attribute value blocks take, with messages an author understands. */
export const attribute = {
	/** `{#id}`: a safe URL segment. */
	id: z.string().regex(safeId, {
		error: 'expected letters, digits, `-` and `_` only, starting with a letter or digit (it becomes a link and a page address)',
	}),
	/** `{.class}`: class names, added to the block's element. */
	class: z.string().regex(/^[\w-]+( [\w-]+)*$/, { error: 'expected class names of letters, digits, `-` and `_`' }),
	/** A whole number written in decimal digits (`12`, not `0x0c` or `1e1`). */
	wholeNumber: z.string().regex(/^\d{1,6}$/, { error: 'expected a whole number in decimal digits, e.g. `12`' }),
	/** A name written alone, e.g. `{sensitive}`: it takes no value. */
	flag: z.string().refine((value) => value === '', { error: 'expected the name alone, with no value' }),
	/** A name written alone (`{outcome}`), or with some words (`{outcome="Refund issued"}`). */
	flagOrText: z.string().refine((value) => value === '' || value.trim() !== '', {
		error: 'expected the name alone, or some words in quotes',
	}),
	/** A name lines use as a `{placeholder}`: a letter, then letters, digits, `-` or `_`. */
	placeholderName: z.string().regex(/^\p{L}[\p{L}\p{N}_-]*$/u, {
		error: 'expected a name lines can use as a `{placeholder}`: a letter first, then letters, digits, `-` or `_`',
	}),
	/** Some words of text. */
	text: z.string().trim().min(1, { error: 'expected some text, e.g. `low="Never"`' }),
	/** One of `names`, in any case; a long list is shown as a few names and `where` to find the rest. */
	oneOf: (names: readonly string[], where?: string) =>
		z
			.string()
			.trim()
			.toLowerCase()
			.refine((value) => names.includes(value), {
				error: `expected one of ${names
					.slice(0, 8)
					.map((name) => `\`${name}\``)
					.join(', ')}${names.length > 8 ? `, … (${names.length} in all${where ? `: ${where}` : ''})` : ''}`,
			})
			.meta({ names }),
};

/** What every block accepts: `{#id .class}`. */
export const commonAttributes: AttributeSchemas = { id: attribute.id, class: attribute.class };

/**
 * Checks `node`'s attributes against `schemas`: an unknown name is an error
 * that suggests the nearest known one (`sise` → `size`); a value that fails
 * its schema is an error saying what was expected. Returns the names of the
 * attributes that passed (a block falls back to its default for the others).
 */
export function checkAttributes(node: Directive, schemas: AttributeSchemas, file: VFile): Set<string> {
	const passed = new Set<string>();
	const known = Object.keys(schemas);
	const written = `${colonsOf(node.type)}${node.name}`;
	for (const [name, value] of Object.entries(node.attributes ?? {})) {
		const schema = schemas[name];
		if (!schema) {
			const nearest = nearestName(name, known);
			report(file, node, {
				rule: 'attributes/unknown',
				reason: `Unexpected attribute \`${name}\` on \`${written}\`${nearest ? `: did you mean \`${nearest}\`?` : '.'}`,
				fix: known.length
					? `\`${written}\` takes ${known.map((key) => `\`${shown(key)}\``).join(', ')}.`
					: `\`${written}\` takes no attributes; remove \`{…}\`.`,
			});
			continue;
		}
		const result = schema.safeParse(value ?? '');
		if (result.success) {
			passed.add(name);
			continue;
		}
		const names = (schema.meta() as { names?: string[] } | undefined)?.names;
		const nearest = names && value ? nearestName(value.trim().toLowerCase(), names) : undefined;
		report(file, node, {
			rule: 'attributes/value',
			reason: `Unexpected ${name} \`${shown(name, value ?? '')}\` on \`${written}\`: ${result.error.issues[0]?.message ?? 'not a valid value'}.`,
			fix: nearest ? `Did you mean \`${shown(name, nearest)}\`?` : `Write e.g. \`${example(name)}\`.`,
		});
	}
	return passed;
}

/** How an attribute is written: `#id`, `.class`, `key="value"`. */
function shown(name: string, value?: string): string {
	if (name === 'id') return value === undefined ? '#id' : `#${value}`;
	if (name === 'class') return value === undefined ? '.class' : `.${value}`;
	return value === undefined ? name : `${name}="${value}"`;
}

const examples: Record<string, string> = {
	id: '{#angry-caller}',
	class: '{.compact}',
	size: '{size="a6"}',
	min: '{min=5 max=10}',
	max: '{min=5 max=10}',
	low: '{low="Never"}',
	high: '{high="All the time"}',
	outcome: '{#resolved outcome}',
	sensitive: '{#card sensitive}',
	phone: '{phone}',
	chat: '{chat email}',
	email: '{chat email}',
	'in-person': '{in-person}',
};

function example(name: string): string {
	return examples[name] ?? `{${name}="…"}`;
}

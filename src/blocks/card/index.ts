import type { ContainerDirective } from 'mdast-util-directive';
import type { RootContent } from 'mdast';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { attribute, commonAttributes } from '../../directives/attributes.ts';
import type { Block } from '../../directives/block.ts';
import { htmlOf } from '../../directives/html.ts';
import { identify } from '../../directives/ids.ts';
import { element, renderAs, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { localePrefix } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { estimateFit } from './fit.ts';
import { withInlineImages } from './inline-images.ts';
import { cardPdfsRoute, cardPrintPath, cardsPath, cardsRoute } from './paths.ts';
import { cardRecords } from './record.ts';
import { cardSizes, defaultCardSize, isCardSize, sizeStyle, type CardSizeName } from './sizes.ts';
import { browserStrings } from './strings.ts';
import { checkUniqueCardIds } from './unique-ids.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `:::card[label]{#id size="a6"}`: a printable desk card. One `---` splits the
 * front from the back. Rendered in place, and recorded in the page data for
 * `/cards/` and `/cards/<id>/`, the pages it adds.
 */
export const card: Block = {
	name: 'card',
	type: 'containerDirective',
	attributes: { ...commonAttributes, size: attribute.oneOf(Object.keys(cardSizes)) },
	styles: new URL('./card.css', import.meta.url).pathname,
	// Once per language: `/cards/` and `/fr/cards/`, `/cards/<id>/` and `/fr/cards/<id>/` (see `localeStaticPaths`).
	routes: [
		{ pattern: `/[...locale]/${cardsRoute}`, entrypoint: here('./routes/index.astro') },
		{ pattern: `/[...locale]/${cardsRoute}/[id]`, entrypoint: here('./routes/[id].astro') },
	],
	reservedRoutes: {
		[cardsRoute]: `the desk cards (\`${cardsPath('/')}\` and \`${cardPrintPath('/', '<id>')}\`)`,
		[cardPdfsRoute]: 'the PDFs of the desk cards',
	},
	// Starlight puts the link in each language (`/fr/cards/`) and picks its label by the page's language.
	sidebar: [{ labelKey: 'rapport.card.cards', link: cardsPath('/') }],
	checkAcrossPages: checkUniqueCardIds,
	transform(node, context) {
		if (node.type !== 'containerDirective') return;
		const { file, defer, settings } = context;
		const { label, body, name, id } = identify(node, context, 'card');
		if (!name) {
			report(file, node, {
				rule: 'card/no-label',
				reason: 'Unexpected card without a label, expected its title in brackets.',
				fix: 'Write `:::card[Active listening]`: the label is the title printed on the card.',
			});
		}
		const size = sizeOf(node);
		const [front, back] = splitFaces(body, file);
		warnIfOverfull(node, id, size, front, 'front', file);
		if (back) warnIfOverfull(node, id, size, back, 'back', file);

		const { t } = settings;
		const title = element('p', { className: ['rapport-card__title'] }, label ?? [text(id)]);
		const face = (side: 'front' | 'back', children: RootContent[]) =>
			element('div', { className: ['rapport-card__face'], dataFace: side, dataFaceLabel: faceLabel(t, side) }, children);
		const faces = [face('front', [title, ...front])];
		if (back) faces.push(face('back', back));
		// The card's print page in the page's language: `/fr/cards/<id>/` for a French page.
		const printLink = element(
			'a',
			{ href: cardPrintPath(localePrefix(settings.locale, settings.base), id), className: ['rapport-card__print'] },
			[text(t('rapport.card.printThis'))],
		);
		node.children = [...faces, element('p', { className: ['rapport-card__actions'] }, [printLink])];
		renderAs(node, 'section', {
			dataPlaybook: 'card',
			id,
			dataSize: size,
			ariaLabel: t('rapport.card.card', { label: name || id }),
			className: ['rapport-block', 'rapport-card'],
			style: sizeStyle(size),
		});
		defer(() =>
			cardRecords.add(file, {
				id,
				label: name || id,
				labelHtml: htmlOf(label ?? [text(id)]),
				size,
				front: htmlOf(withInlineImages(front, file)),
				...(back ? { back: htmlOf(withInlineImages(back, file)) } : {}),
			}),
		);
	},
};

/**
 * What a face's corner says in the page's language ("Recto"), for card.css to
 * show; undefined where that is the stylesheet's own English word.
 */
function faceLabel(t: Translate, side: 'front' | 'back'): string | undefined {
	const label = t(`rapport.card.${side}`);
	return label === browserStrings.en[`rapport.card.${side}`] ? undefined : label;
}

/** The card's size: its `size` (checked against the sizes by its attribute schema), else the default. */
function sizeOf(node: ContainerDirective): CardSizeName {
	const written = node.attributes?.size?.trim().toLowerCase() ?? '';
	return isCardSize(written) ? written : defaultCardSize;
}

/** Splits a card body at its `---` into front and back; reports every `---` after the first. */
function splitFaces(body: readonly RootContent[], file: VFile): [RootContent[], RootContent[] | undefined] {
	const breaks = body.filter((child) => child.type === 'thematicBreak');
	for (const extra of breaks.slice(1)) {
		report(file, extra, {
			rule: 'card/extra-break',
			reason: 'Unexpected second `---` in a card, expected one at most: it splits the front from the back.',
			fix: 'Remove it, or move what follows to another card.',
		});
	}
	const first = breaks[0];
	if (!first) return [[...body], undefined];
	const at = body.indexOf(first);
	return [body.slice(0, at), body.slice(at + 1).filter((child) => child.type !== 'thematicBreak')];
}

function warnIfOverfull(node: ContainerDirective, id: string, size: CardSizeName, face: RootContent[], side: string, file: VFile): void {
	const { lines, room } = estimateFit(face, size, side === 'front');
	if (lines <= room) return;
	report(file, node, {
		rule: 'card/overfull',
		severity: 'warning',
		reason: `Card \`${id}\`: its ${side} will not fit the ${cardSizes[size].label} card (about ${Math.ceil(lines)} lines of text, room for ${Math.floor(room)}).`,
		fix: `Shorten it${side === 'front' ? ', move some of it to the back (after a `---`)' : ''}, or print it larger, e.g. \`size="${size === '4x6' ? 'a6' : '4x6'}"\`.`,
	});
}

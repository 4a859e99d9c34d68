/**
 * The card pages in the browser: the size filter, office-paper layout with crop
 * marks and duplex-ordered backs, the alignment test, printing, and a check
 * that every face fits its printed size. Settings live in the URL
 * (`?size=a6&paper=a4&flip=short`), so a link or `npm run cards:pdf` can ask for them.
 */
import { ui } from '../../../i18n/browser.ts';
import { cardSizes, type CardSizeName } from '../sizes.ts';
import { backCell, chunk, faceTurn, gridFor, papers, unprintableMm, type Flip, type Grid, type PaperName } from './office-layout.ts';

type Paper = 'card' | PaperName;

interface Settings {
	size: string;
	paper: Paper;
	flip: Flip;
}

/** What the page prints with no settings in its address. */
const defaultSettings: Settings = { size: 'all', paper: 'card', flip: 'long' };

/** Wires the controls, lays the cards out as the URL asks and reports faces that do not fit. */
export function initCardsPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-cards-controls]');
	const settings = readSettings();
	if (form) syncForm(form, settings);
	apply(settings);
	form?.addEventListener('change', () => {
		const next = formSettings(form);
		writeSettings(next);
		apply(next);
	});
	form?.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	form?.querySelector('[data-print-alignment]')?.addEventListener('click', () => printAlignment(formSettings(form)));
	if (new URLSearchParams(location.search).get('alignment') === '1') prepareAlignment(settings);
	void document.fonts.ready.then(reportOverfull);
}

function readSettings(): Settings {
	const params = new URLSearchParams(location.search);
	const paper = params.get('paper');
	return {
		size: params.get('size') ?? 'all',
		paper: paper === 'a4' || paper === 'letter' ? paper : 'card',
		flip: params.get('flip') === 'short' ? 'short' : 'long',
	};
}

function formSettings(form: HTMLFormElement): Settings {
	const data = new FormData(form);
	const text = (name: string, fallback: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : fallback;
	};
	const paper = text('paper', 'card');
	return {
		size: text('size', 'all'),
		paper: paper === 'a4' || paper === 'letter' ? paper : 'card',
		flip: data.get('flip') === 'short' ? 'short' : 'long',
	};
}

function syncForm(form: HTMLFormElement, settings: Settings): void {
	for (const name of Object.keys(defaultSettings) as (keyof Settings)[]) {
		const control = form.elements.namedItem(name);
		if (control instanceof HTMLSelectElement || control instanceof RadioNodeList) control.value = settings[name];
	}
}

function writeSettings(settings: Settings): void {
	const url = new URL(location.href);
	for (const name of Object.keys(defaultSettings) as (keyof Settings)[]) {
		if (settings[name] === defaultSettings[name]) url.searchParams.delete(name);
		else url.searchParams.set(name, settings[name]);
	}
	history.replaceState(null, '', url);
}

function entries(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('[data-card-entry]')];
}

function apply(settings: Settings): void {
	const root = document.documentElement;
	const shown = entries().filter((entry) => {
		entry.hidden = settings.size !== 'all' && entry.dataset['size'] !== settings.size;
		return !entry.hidden;
	});
	for (const group of document.querySelectorAll<HTMLElement>('.rapport-cards-group')) {
		group.hidden = !group.querySelector('[data-card-entry]:not([hidden])');
	}
	root.dataset['paper'] = settings.paper;
	root.dataset['flip'] = settings.flip;
	root.dataset['duplex'] = shown.some((entry) => entry.dataset['hasBack'] === 'yes') ? 'yes' : 'no';
	const office = document.querySelector<HTMLElement>('[data-office]');
	if (office) office.replaceChildren(...(settings.paper === 'card' ? [] : officeSheets(shown, settings.paper, settings.flip)));
	announce(shown.length, settings, office?.children.length ?? 0);
}

function announce(count: number, settings: Settings, sheets: number): void {
	const status = document.querySelector('[data-status]');
	if (!status) return;
	const cards = ui('rapport.card.count', { count });
	status.textContent =
		settings.paper === 'card'
			? ui('rapport.card.onCards', { cards })
			: ui('rapport.card.onOffice', {
					cards,
					count: sheets,
					paper: paperName(settings.paper),
					edge: ui(`rapport.card.edge.${settings.flip}`),
				});
}

/** Office sheets for the shown cards: per size, a sheet of fronts followed by its sheet of backs. */
function officeSheets(shown: HTMLElement[], paper: PaperName, flip: Flip): HTMLElement[] {
	const duplex = shown.some((entry) => entry.dataset['hasBack'] === 'yes');
	const sheets: HTMLElement[] = [];
	for (const size of Object.keys(cardSizes) as CardSizeName[]) {
		const ofSize = shown.filter((entry) => entry.dataset['size'] === size);
		if (ofSize.length === 0) continue;
		const grid = gridFor(cardSizes[size], paper);
		for (const group of chunk(ofSize, grid.columns * grid.rows)) {
			const fronts = group.map((entry) => face(entry, 'front'));
			sheets.push(officeSheet(paper, size, grid, fronts, 'front', flip));
			if (!duplex) continue;
			const backs: (HTMLElement | undefined)[] = [];
			group.forEach((entry, index) => (backs[backCell(index, grid, flip)] = face(entry, 'back')));
			sheets.push(officeSheet(paper, size, grid, backs, 'back', flip));
		}
	}
	return sheets;
}

function face(entry: HTMLElement, side: 'front' | 'back'): HTMLElement | undefined {
	const sheet = entry.querySelector<HTMLElement>(`.rapport-sheet[data-face="${side}"]`);
	return sheet ? (sheet.cloneNode(true) as HTMLElement) : undefined;
}

/** One office sheet: a centred grid of cells (empty where there is no card) and crop marks in the margins. */
function officeSheet(
	paper: PaperName,
	size: CardSizeName,
	grid: Grid,
	cells: (HTMLElement | undefined)[],
	side: 'front' | 'back',
	flip: Flip,
): HTMLElement {
	const sheet = element('div', 'rapport-office-sheet');
	sheet.dataset['paper'] = paper;
	sheet.dataset['side'] = side;
	sheet.dataset['size'] = size;
	sheet.setAttribute('role', 'group');
	const values = { paper: paperName(paper), size: sizeName(size) };
	sheet.setAttribute('aria-label', ui(side === 'front' ? 'rapport.card.officeFronts' : 'rapport.card.officeBacks', values));
	const layout = element('div', 'rapport-office-grid');
	Object.assign(layout.style, {
		left: `${grid.marginXMm}mm`,
		top: `${grid.marginYMm}mm`,
		gridTemplateColumns: `repeat(${grid.columns}, ${grid.cellWidthMm}mm)`,
		gridTemplateRows: `repeat(${grid.rows}, ${grid.cellHeightMm}mm)`,
	});
	for (let index = 0; index < grid.columns * grid.rows; index++) {
		const content = cells[index];
		const cell =
			content && grid.rotated && content.classList.contains('rapport-sheet')
				? turned(content, grid, faceTurn(side, flip))
				: (content ?? element('div', 'rapport-office-empty'));
		cell.style.gridColumn = String((index % grid.columns) + 1);
		cell.style.gridRow = String(Math.floor(index / grid.columns) + 1);
		layout.append(cell);
	}
	sheet.append(layout, ...cropMarks(grid, papers[paper]));
	return sheet;
}

/** A face turned a quarter (`degrees` clockwise) inside a cell of the turned grid. */
function turned(face: HTMLElement, grid: Grid, degrees: 90 | -90): HTMLElement {
	const cell = element('div', 'rapport-office-turned');
	Object.assign(face.style, {
		position: 'absolute',
		top: '0',
		left: '0',
		transformOrigin: 'top left',
		transform: degrees === 90 ? `translateX(${grid.cellWidthMm}mm) rotate(90deg)` : `translateY(${grid.cellHeightMm}mm) rotate(-90deg)`,
	});
	cell.append(face);
	return cell;
}

/**
 * Short lines in the margins where each cut goes, only in the part of the
 * margin a printer prints (past {@link unprintableMm}) and where there is room
 * for one at least 2 mm long.
 */
function cropMarks(grid: Grid, sheet: { widthMm: number; heightMm: number }): HTMLElement[] {
	const marks: HTMLElement[] = [];
	const mark = (style: Partial<CSSStyleDeclaration>) => {
		const line = element('div', 'rapport-crop');
		Object.assign(line.style, style);
		marks.push(line);
	};
	const gap = 1;
	const lengthY = grid.marginYMm - gap - unprintableMm;
	if (lengthY >= 2) {
		for (let column = 0; column <= grid.columns; column++) {
			const left = `${grid.marginXMm + column * grid.cellWidthMm - 0.1}mm`;
			mark({ left, top: `${unprintableMm}mm`, width: '0.2mm', height: `${lengthY}mm` });
			mark({ left, top: `${sheet.heightMm - unprintableMm - lengthY}mm`, width: '0.2mm', height: `${lengthY}mm` });
		}
	}
	const lengthX = grid.marginXMm - gap - unprintableMm;
	if (lengthX >= 2) {
		for (let row = 0; row <= grid.rows; row++) {
			const top = `${grid.marginYMm + row * grid.cellHeightMm - 0.1}mm`;
			mark({ top, left: `${unprintableMm}mm`, height: '0.2mm', width: `${lengthX}mm` });
			mark({ top, left: `${sheet.widthMm - unprintableMm - lengthX}mm`, height: '0.2mm', width: `${lengthX}mm` });
		}
	}
	return marks;
}

/** Builds the alignment test for the chosen paper (or the first shown card size) and prints it. */
function printAlignment(settings: Settings): void {
	prepareAlignment(settings);
	window.addEventListener('afterprint', () => delete document.documentElement.dataset['printing'], { once: true });
	window.print();
}

function prepareAlignment(settings: Settings): void {
	const target = document.querySelector<HTMLElement>('[data-alignment]');
	if (!target) return;
	const size = (entries().find((entry) => !entry.hidden)?.dataset['size'] ?? 'a6') as CardSizeName;
	const card = cardSizes[size];
	const sheets =
		settings.paper === 'card'
			? alignmentCardSheets(size, settings.flip)
			: (['front', 'back'] as const).map((side) => {
					const grid = gridFor(card, settings.paper as PaperName);
					const cells = numberedCells(grid, side, settings.flip);
					return officeSheet(settings.paper as PaperName, size, grid, cells, side, settings.flip);
				});
	target.replaceChildren(...sheets);
	document.documentElement.dataset['printing'] = 'alignment';
}

/** A card-size front and back, each split into four numbered quarters. */
function alignmentCardSheets(size: CardSizeName, flip: Flip): HTMLElement[] {
	const card = cardSizes[size];
	return (['front', 'back'] as const).map((side) => {
		const sheet = element('div', 'rapport-sheet');
		sheet.dataset['size'] = size;
		sheet.setAttribute('style', `--card-width:${card.widthMm}mm;--card-height:${card.heightMm}mm;--card-font:${card.fontPt}pt;padding:0`);
		const quarters = element('div', 'rapport-office-grid');
		Object.assign(quarters.style, { position: 'static', gridTemplateColumns: '1fr 1fr', gridTemplateRows: '1fr 1fr', height: '100%' });
		quarters.append(...numberedCells({ columns: 2, rows: 2 }, side, flip).map((cell) => cell ?? element('div', '')));
		sheet.append(quarters);
		return sheet;
	});
}

function numberedCells(grid: Pick<Grid, 'columns' | 'rows'>, side: 'front' | 'back', flip: Flip): (HTMLElement | undefined)[] {
	const cells: (HTMLElement | undefined)[] = [];
	for (let index = 0; index < grid.columns * grid.rows; index++) {
		const cell = element('div', 'rapport-align-cell');
		const number = document.createElement('strong');
		number.textContent = String(index + 1);
		cell.append(
			number,
			side === 'back' ? ui('rapport.card.alignBack', { edge: ui(`rapport.card.edge.${flip}`) }) : ui('rapport.card.front'),
		);
		cells[side === 'front' ? index : backCell(index, grid, flip)] = cell;
	}
	return cells;
}

/** Marks every face whose content is taller than its printed size, on screen and in the console. */
function reportOverfull(): void {
	let count = 0;
	for (const sheet of document.querySelectorAll<HTMLElement>('main .rapport-sheet[data-card]')) {
		const body = sheet.querySelector<HTMLElement>('.rapport-sheet__body');
		if (!body || body.scrollHeight <= body.clientHeight + 1) continue;
		count++;
		sheet.dataset['overfull'] = '';
		const { card, face: side, size } = sheet.dataset;
		const message = ui('rapport.card.overfull', { face: ui(`rapport.card.${side}`), card: card ?? '', size: sizeName(size ?? '') });
		console.warn(`[rapport] ${message}`);
		const note = element('p', 'rapport-overfull-note');
		note.textContent = `⚠ ${message}`;
		// In the page's language, also beside a card that is not translated yet.
		note.lang = document.documentElement.lang;
		sheet.closest('[data-card-entry]')?.querySelector('.rapport-card-entry__head')?.append(note);
	}
	document.documentElement.dataset['overfull'] = String(count);
}

/** A paper's name in the page's language: `letter` → "Letter", "Lettre US". */
function paperName(paper: PaperName): string {
	return ui(`rapport.card.paper.${paper}`);
}

/** A card size's name in the page's language: `3x5` → "3 × 5 in", "3 × 5 pouces". */
function sizeName(size: string): string {
	return Object.hasOwn(cardSizes, size) ? ui(`rapport.card.size.${size}`) : size;
}

function element(tag: string, className: string): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	return node;
}

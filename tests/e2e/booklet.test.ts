import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, fixturePath, repoRoot } from '../helpers/astro.ts';
import { readPdf, type ReadPage } from '../helpers/pdf.ts';

/** The fixture's pages, in booklet order. */
const titles = ['Booklet fixture', 'An angry caller', 'Desk set-up', 'A long read'].map(squeeze);
const appendix = squeeze('Appendix: desk cards');
/** The running header and footer are in the page margins (18 mm at the top, 20 mm at the foot). */
const marginMm = 17;

/** Text as compared here: without spaces (pdf.js splits runs at ligatures such as "fi", dropping the space before). */
function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The lines of the body of a sheet, between the running header and footer, top to bottom, spaces squeezed out. */
function lines(page: ReadPage | undefined): string[] {
	const body = (page?.runs ?? []).filter((run) => run.yMm > marginMm && run.yMm < page!.heightMm - marginMm);
	const rows = new Map<number, typeof body>();
	for (const run of body) {
		const row = [...rows.keys()].find((y) => Math.abs(y - run.yMm) < 1.5) ?? run.yMm;
		rows.set(row, [...(rows.get(row) ?? []), run]);
	}
	return [...rows.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, runs]) =>
			squeeze(
				runs
					.sort((a, b) => a.xMm - b.xMm)
					.map((run) => run.text)
					.join(''),
			),
		);
}

/** The contents page's entries: each title (squeezed) with the page number that ends its line. */
function contentsOf(page: ReadPage): Map<string, number> {
	const entries = lines(page).map((line) => /^(.*\D)(\d+)$/.exec(line));
	return new Map(entries.flatMap((entry) => (entry?.[1] && entry[2] ? [[entry[1], Number(entry[2])] as const] : [])));
}

/** The first lines of a sheet's body. */
function opening(page: ReadPage | undefined, count = 2): string[] {
	return lines(page).slice(0, count);
}

describe('the training booklet', () => {
	let booklet: ReadPage[];
	let calls: ReadPage[];

	beforeAll(async () => {
		const root = fixturePath('booklet');
		rmSync(`${root}dist`, { recursive: true, force: true });
		const build = astroBuild('booklet');
		expect(build.status, build.output).toBe(0);
		const cli = spawnSync(process.execPath, [`${repoRoot}src/booklet/pdf-cli.ts`, '--root', root], { encoding: 'utf8', timeout: 120_000 });
		expect(cli.status, cli.stderr).toBe(0);
		booklet = await readPdf(readFileSync(`${root}dist/booklet.pdf`));
		calls = await readPdf(readFileSync(`${root}dist/booklet-calls.pdf`));
	}, 240_000);

	it('opens with a cover: the playbook title and the build date, no page number', () => {
		expect(opening(booklet[0], 4)).toEqual(
			['Training booklet', 'Fixture playbook', `Built ${new Date().toISOString().slice(0, 10)}`, '4 pages · 2 desk cards'].map(squeeze),
		);
		expect(booklet[0]?.text).not.toContain('Page 1');
	});

	it('numbers every sheet after the cover, in the page margins', () => {
		// Cover, contents, four pages (the long read over several sheets), the appendix.
		expect(booklet.length).toBeGreaterThanOrEqual(8);
		booklet.slice(1).forEach((page, index) => {
			expect(page.text).toContain(`Page ${index + 2} of ${booklet.length}`);
			expect(page.runs.some((run) => run.yMm < marginMm)).toBe(true);
			expect(page.text).toContain('Fixture playbook');
		});
	});

	it('lists every page and the appendix in the contents, with the page each really starts on', () => {
		const contents = contentsOf(booklet[1] as ReadPage);
		expect([...contents.keys()]).toEqual([...titles, appendix]);
		const starts = [...contents.values()];
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		for (const [title, number] of contents) {
			expect(opening(booklet[number - 1]), `${title} on page ${number}`).toContain(title);
			expect(opening(booklet[number - 2]), `${title} before page ${number}`).not.toContain(title);
		}
		expect(contents.get(squeeze('A long read'))! + 1).toBeLessThan(contents.get(appendix)!);
	});

	it('prints every playbook page whole: paper forms, script steps, page references', () => {
		const text = squeeze(booklet.map((page) => page.text).join(''));
		const contents = contentsOf(booklet[1] as ReadPage);
		expect(text).toContain(squeeze(`Start with the desk (page ${contents.get(squeeze('Desk set-up'))})`));
		expect(text).toContain(squeeze(`then the angry caller (page ${contents.get(squeeze('An angry caller'))})`));
		expect(text).toContain(squeeze('go to Calm down (step 4)'));
		expect(text).toContain(squeeze('Paragraph 39 of the long page'));
		expect(text).toContain(squeeze('Before every shift'));
		// The quiz as a paper form: a scale of boxes to tick, whatever words sit beside the numbers.
		expect(text).toMatch(/Never1(\(Never\))?2345/);
	});

	it('ends with the desk cards, front and back', () => {
		const start = contentsOf(booklet[1] as ReadPage).get(appendix)!;
		const cards = booklet
			.slice(start - 1)
			.map((page) => page.text)
			.join('\n');
		for (const text of ['Headset', 'Check it before your shift.', 'Mute twice to test.', 'Angry caller', 'Breathe. Listen. Acknowledge.'])
			expect(cards).toContain(text);
	});

	it('prints one section on its own, numbered the same way', () => {
		const contents = contentsOf(calls[1] as ReadPage);
		expect([...contents.keys()]).toEqual([squeeze('An angry caller'), appendix]);
		expect(opening(calls[0], 3)).toContain(squeeze('Call scripts'));
		for (const [title, number] of contents) expect(opening(calls[number - 1]), title).toContain(title);
		expect(calls.map((page) => page.text).join('\n')).not.toContain('Desk set-up');
	});
});

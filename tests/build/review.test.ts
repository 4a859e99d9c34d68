import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportUrl } from '../../src/review/report-link.ts';
import { dueLines, entryOf, reviewCsv } from '../../src/review/review-queue.ts';
import { buildOnce, builtPage, fixturePath, runCheck, type CommandResult } from '../helpers/astro.ts';

/** A table row's cells as text, `a | b | c`. */
const cellsOf = (row: string) =>
	row
		.replace(/<[^>]+>/g, '|')
		.split('|')
		.map((cell) => cell.trim())
		.filter(Boolean)
		.join(' | ');

describe('the review queue', () => {
	it('check --due lists pages past due (longest first), then pages with no owner, and exits 1', () => {
		const { status, output } = runCheck('review', ['--due', '--today', '2026-11-30']);
		expect(output.trim().split('\n').filter(Boolean)).toEqual([
			'playbooks/desk/refunds.md: Billing team, due since 2026-07-14',
			'playbooks/desk/holds.md: Support team leads, due since 2026-08-28',
			'playbooks/desk/orphan.md: no owner, due 2027-03-30',
			'2 of 5 pages due for review, 1 without an owner (reviews last 180 days)',
		]);
		expect(status).toBe(1);
	});

	it('exits 0 when nothing is past due, still naming the page nobody owns', () => {
		const { status, output } = runCheck('review', ['--due', '--today', '2026-05-01']);
		expect(output.trim().split('\n').filter(Boolean)).toEqual([
			'playbooks/desk/orphan.md: no owner, due 2027-03-30',
			'0 of 5 pages due for review, 1 without an owner (reviews last 180 days)',
		]);
		expect(status).toBe(0);
	});

	it('says how to write --today when it is not a date', () => {
		const { status, output } = runCheck('review', ['--due', '--today', 'next week']);
		expect(output.trim()).toBe('Unexpected --today next week: expected a date written YYYY-MM-DD, e.g. --today 2026-11-30.');
		expect(status).toBe(2);
	});

	describe('the /review/ page, built on a fixed day', () => {
		let build: CommandResult;
		beforeAll(() => {
			build = buildOnce('review', { RAPPORT_TODAY: '2026-11-30' });
		}, 240_000);

		it('lists every page overdue first, with owner, dates and status, and counts per owner', () => {
			expect(build.status, build.output).toBe(0);
			const html = builtPage('review', 'review');
			expect(html).toMatch(/<strong data-review-summary[^>]*>2 of 5 pages due for review<\/strong>/);
			const rows = [...html.matchAll(/<tr data-overdue="(true|false)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, overdue, row = '']) => [
				overdue,
				cellsOf(row),
			]);
			expect(rows).toEqual([
				['true', 'Refund limits | playbooks/desk/refunds.md | Billing team | 15 Jan 2026 | 14 Jul 2026 | Overdue by 139 days'],
				['true', 'Putting a caller on hold | playbooks/desk/holds.md | Support team leads | 1 Mar 2026 | 28 Aug 2026 | Overdue by 94 days'],
				['false', 'Written in TOML | playbooks/desk/toml.md | Billing team | 1 Sept 2026 | 28 Feb 2027 | Due in 90 days'],
				['false', 'A page nobody owns | playbooks/desk/orphan.md | No owner | 1 Oct 2026 | 30 Mar 2027 | Due in 120 days'],
				['false', 'Review fixture | playbooks/index.md | Support team leads | 1 Nov 2026 | 30 Apr 2027 | Due in 151 days'],
			]);
			const owners = [...html.matchAll(/<tr data-owner[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row = '']) => cellsOf(row));
			expect(owners).toEqual(['Billing team | 2 | 1', 'Support team leads | 2 | 1', 'No owner | 1 | 0']);
		});

		it('exports the same as CSV, overdue first, quoting what needs it', () => {
			const csv = readFileSync(`${fixturePath('review')}/dist/review.csv`, 'utf8');
			expect(csv.split('\r\n').slice(0, 3)).toEqual([
				'file,title,address,owner,reviewed,due,status',
				'playbooks/desk/refunds.md,Refund limits,/desk/refunds/,Billing team,2026-01-15,2026-07-14,overdue',
				'playbooks/desk/holds.md,Putting a caller on hold,/desk/holds/,Support team leads,2026-03-01,2026-08-28,overdue',
			]);
			const odd = entryOf('playbooks/a.md', '---\ntitle: Refunds, "limits" and =SUM(1)\nowner: "=cmd"\nreviewed: 2026-11-01\n---\n', {
				reviewAfterDays: 180,
				now: new Date('2026-11-30'),
			});
			expect(reviewCsv([odd], () => '/a/').split('\r\n')[1]).toBe(
				'playbooks/a.md,"Refunds, ""limits"" and =SUM(1)",/a/,"=cmd",2026-11-01,2027-04-30,ok',
			);
		});

		it('ends every page with a report link, the template filled with its title, address, file and owner, URL-encoded', () => {
			const html = builtPage('review', 'desk/holds');
			const href = /<a href="([^"]*)" data-report-problem/.exec(html)?.[1]?.replace(/&amp;/g, '&');
			expect(href).toBe(
				'https://git.example/acme/playbook/issues/new?title=Problem:%20Putting%20a%20caller%20on%20hold&body=https%3A%2F%2Fdesk.example%2Fdesk%2Fholds%2F%0Aplaybooks%2Fdesk%2Fholds.md%0ASupport%20team%20leads',
			);
			expect(
				reportUrl('mailto:leads@example.com?subject={title}&body={owner}', { title: 'Refunds & returns?', url: '', file: '', owner: '' }),
			).toBe('mailto:leads@example.com?subject=Refunds%20%26%20returns%3F&body=');
		});

		it('puts a short report line in the footer of a printed card, linking with the card named', () => {
			const html = builtPage('review', 'cards/hold-card');
			const link = /<a class="rapport-sheet__report[^"]*" href="([^"]*)"[^>]*>([^<]*)<\/a>/.exec(html);
			expect(link?.[2]?.trim()).toBe('Wrong? Report it');
			expect(link?.[1]?.replace(/&amp;/g, '&')).toContain(
				'title=Problem:%20Putting%20a%20caller%20on%20hold%3A%20Before%20a%20hold&body=https%3A%2F%2Fdesk.example%2Fdesk%2Fholds%2F%23hold-card',
			);
		});

		it("lists the changes on What's new, newest first, then the pages reviewed in the last 30 days", () => {
			const html = builtPage('review', 'whats-new');
			const items = (list: string) =>
				[...(new RegExp(`<ul[^>]*data-${list}[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(
					([, item = '']) =>
						item
							.replace(/<[^>]+>/g, ' ')
							.replace(/\s+/g, ' ')
							.trim(),
				);
			expect(items('changes')).toEqual([
				'20 Nov 2026 Refund limits New refund limits: up to 50 without approval',
				'1 Sept 2026 Written in TOML Written in TOML now',
			]);
			expect(items('reviewed')).toEqual(['1 Nov 2026 Review fixture by Support team leads']);
		});
	});

	it('counts a page never reviewed, or whose frontmatter cannot be read, as due', () => {
		const options = { reviewAfterDays: 90, now: new Date('2026-11-30') };
		const never = entryOf('playbooks/never.md', '---\ntitle: Never\nowner: Leads\n---\nText.', options);
		const broken = entryOf('playbooks/broken-page.md', '---\ntitle: [unclosed\n---\nText.', options);
		expect(never).toMatchObject({ title: 'Never', owner: 'Leads', reviewed: undefined, overdue: true });
		expect(broken).toMatchObject({ title: 'Broken page', owner: undefined, overdue: true });
		expect(dueLines([never, broken])).toEqual([
			'playbooks/never.md: Leads, no review date',
			'playbooks/broken-page.md: no owner, no review date',
		]);
	});
});

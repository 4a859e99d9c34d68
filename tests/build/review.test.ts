import { describe, expect, it } from 'vitest';
import { dueLines, entryOf } from '../../src/review/review-queue.ts';
import { runCheck } from '../helpers/astro.ts';

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

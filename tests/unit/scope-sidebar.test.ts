import { describe, expect, it } from 'vitest';
import { countLinks, scopeSidebar, type SidebarEntry } from '../../src/navigation/scope-sidebar.ts';

const link = (label: string, isCurrent = false): SidebarEntry => ({
	type: 'link',
	label,
	href: `/${label}/`,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
	type: 'group',
	label,
	collapsed: true,
	entries,
	badge: undefined,
});

describe('scoped sidebar', () => {
	const sidebar = [
		link('home'),
		group('Sales', [
			link('sales/a'),
			group('Deals', [link('sales/deals/x'), link('sales/deals/y', true)]),
			group('Leads', [link('sales/leads/z')]),
		]),
		group('Support', [link('support/b'), link('support/c')]),
	];

	it('keeps the path to the current page open and folds every other group into a link to its first page', () => {
		const scoped = scopeSidebar(sidebar);
		expect(scoped[2]).toMatchObject({ type: 'link', label: 'Support', href: '/support/b/' });
		const sales = scoped[1];
		expect(sales).toMatchObject({ type: 'group', collapsed: false });
		expect(sales?.type === 'group' && sales.entries.map((entry) => [entry.type, entry.label])).toEqual([
			['link', 'sales/a'],
			['group', 'Deals'],
			['link', 'Leads'],
		]);
		expect(JSON.stringify(scoped)).not.toContain('support/c');
		expect(JSON.stringify(scoped)).toContain('"isCurrent":true');
	});

	it('counts links', () => {
		expect(countLinks(sidebar)).toBe(7);
		expect(countLinks(scopeSidebar(sidebar))).toBe(6);
	});
});

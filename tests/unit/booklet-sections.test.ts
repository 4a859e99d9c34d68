import { describe, expect, it } from 'vitest';
import { bookletSections, inReadingOrder } from '../../src/booklet/sections.ts';

const page = (id: string, order?: number) => ({
	path: id === 'index' ? '/' : `/${id}/`,
	entry: { id, data: { sidebar: order === undefined ? {} : { order } } },
});

describe('the booklet’s order', () => {
	it('follows the sidebar: home first, then folder by folder, by sidebar.order, then by path', () => {
		const pages = [page('calls/b', 2), page('calls/a'), page('index'), page('calls/c', 1), page('listening/x')];
		expect(inReadingOrder(pages).map((entry) => entry.entry.id)).toEqual(['index', 'calls/c', 'calls/b', 'calls/a', 'listening/x']);
	});

	it('groups pages by top-level folder, labelled as the sidebar labels them', () => {
		const sections = bookletSections([page('index'), page('call-scripts/a'), page('call-scripts/deep/b')], { 'call-scripts': 'Scripts' });
		expect(sections.map((section) => [section.name, section.label, section.pages.length])).toEqual([['call-scripts', 'Scripts', 2]]);
	});

	it('takes a language’s folder for no section: its pages are in the sections of the folders under it', () => {
		const french = (id: string, order?: number) => ({ ...page(id, order), translationKey: id.replace(/^fr\/?/, '') });
		const pages = [
			french('fr/calls/b', 2),
			french('fr'),
			french('fr/calls/a', 1),
			{ ...page('listening/x'), translationKey: 'listening/x' },
		];
		expect(inReadingOrder(pages).map((entry) => entry.entry.id)).toEqual(['fr', 'fr/calls/a', 'fr/calls/b', 'listening/x']);
		expect(bookletSections(pages, {}).map((section) => [section.name, section.pages.length])).toEqual([
			['calls', 2],
			['listening', 1],
		]);
	});
});

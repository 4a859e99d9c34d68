import { describe, expect, it } from 'vitest';
import { humanize, pageRoute } from '../../src/content/page-route.ts';
import { derivedTitle } from '../../src/content/title.ts';
import { reviewState } from '../../src/content/review.ts';
import { labelSections, type NavEntry } from '../../src/navigation/section-labels.ts';

describe('page routes and titles', () => {
	it('routes a page as the content loader ids it', () => {
		expect(pageRoute('Call Scripts/Angry caller.md')).toBe('call-scripts/angry-caller');
		expect(pageRoute('listening/index.md')).toBe('listening');
		expect(pageRoute('index.mdx')).toBe('');
	});

	it('takes a title from the first heading outside code, else the file name', () => {
		expect(derivedTitle('Intro\n\n```md\n# Not this\n```\n\n# The *real* title #\n', '/p/x.md')).toBe('The real title');
		expect(derivedTitle('No heading here.', '/p/call-scripts/angry_caller.md')).toBe('Angry caller');
		expect(derivedTitle('', '/p/desk-set-up/index.md')).toBe('Desk set up');
	});

	it('takes an underlined (setext) title, and never a heading in code, nor the frontmatter', () => {
		expect(derivedTitle('Intro line.\n\nThe *real* title\n================\n\nText.\n', '/p/x.md')).toBe('The real title');
		expect(derivedTitle('    # Indented code\n\n~~~\n# In a fence\n~~~\n\nTitle\n===\n', '/p/x.md')).toBe('Title');
		expect(derivedTitle('---\nowner: Me\n---\n\n# After frontmatter\n', '/p/x.md')).toBe('After frontmatter');
		expect(derivedTitle('Just text\n\n## A second-level heading\n', '/p/plain_page.md')).toBe('Plain page');
	});

	it('makes folder names readable', () => {
		expect(humanize('call-scripts')).toBe('Call scripts');
		expect(humanize('01_intro')).toBe('Intro');
	});

	it('labels sidebar groups by folder path, nested too', () => {
		const sidebar: NavEntry[] = [
			{ type: 'link', label: 'Start here' },
			{ type: 'group', label: 'call-scripts', entries: [{ type: 'group', label: 'angry-callers', entries: [] }] },
		];
		labelSections(sidebar, { 'call-scripts/angry-callers': 'When the caller is angry' });
		expect(sidebar[1]).toMatchObject({ label: 'Call scripts', entries: [{ label: 'When the caller is angry' }] });
	});

	it('says when a review is due', () => {
		const now = new Date('2026-11-23T00:00:00Z');
		expect(reviewState(new Date('2026-05-27T00:00:00Z'), 180, now)).toEqual({ ageDays: 180, due: false });
		expect(reviewState(new Date('2026-05-26T00:00:00Z'), 180, now)).toEqual({ ageDays: 181, due: true });
		expect(reviewState(undefined, 180, now)).toBeUndefined();
	});
});

describe('bodyLineOffset', () => {
	it('counts the lines Astro took off the top of a page', async () => {
		const { bodyLineOffset } = await import('../../src/directives/remark-show-problems.ts');
		const file = '---\ntitle: T\n---\n\nFirst line.\n\n:::x\n';
		expect(bodyLineOffset(file, 'First line.\n\n:::x\n')).toBe(4);
		expect(bodyLineOffset(file, '\nFirst line.\n\n:::x\n')).toBe(3);
		expect(bodyLineOffset('No frontmatter.\n', 'No frontmatter.\n')).toBe(0);
	});
});

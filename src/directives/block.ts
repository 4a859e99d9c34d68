import type { Parent, Root } from 'mdast';
import type { Node } from 'unist';
import type { AttributeSchemas } from './attributes.ts';
import type { VFile } from 'vfile';
import type { Directive } from './nodes.ts';
import type { PageIds } from './ids.ts';
import type { PlaybookLocale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';

/** Settings that blocks follow: the site's, and the page's language. */
export interface PlaybookSettings {
	/** The site's base path, ending in `/`, for links to the pages Rapport adds. */
	base: string;
	/** Words agents should not say in the page's language, each with what to say instead. */
	avoidWords: Record<string, string>;
	/** The page's locale (its folder and language tag). */
	locale: PlaybookLocale;
	/** Rapport's strings in the page's language: every word a block adds to the page comes from here. */
	t: Translate;
}

/** What a block's transform gets besides its node. */
export interface BlockContext {
	/** The page being transformed; problems are reported on it. */
	file: VFile;
	/** The node's parent, for blocks that replace or move nodes. */
	parent: Parent;
	/** The whole page, e.g. for the link definitions a block's references use. */
	tree: Root;
	/** Ids already used on this page, to catch duplicates. */
	ids: PageIds;
	/** Site-wide settings blocks follow. */
	settings: PlaybookSettings;
	/** Runs `task` once every block of the page is rendered (e.g. to copy a block's finished HTML). */
	defer: (task: () => void) => void;
}

/** A page a block adds to the site. */
export interface BlockRoute {
	/** Astro's route pattern, e.g. `/cards/[id]`. */
	pattern: string;
	/** Absolute path of the page's entrypoint (`.astro`, or `.ts` for an endpoint). */
	entrypoint: string;
}

/** A link a block adds to the sidebar, after the playbook's pages (Starlight prefixes the site's base and the locale). */
export interface BlockSidebarLink {
	/** The key of its label among Rapport's strings (`rapport.card.cards`): the sidebar shows it in each language. */
	labelKey: string;
	link: string;
}

/** A block with an id, as the playbook check found it on a page. */
export interface PlacedBlock {
	name: string;
	id: string;
	/** Where it is (the node's type and position only, not its page's tree). */
	node: Node;
}

/** One checked page's blocks of one name, for checks across pages. */
export interface PlacedOnPage {
	/** The page; problems are reported on it. */
	file: VFile;
	/** Its blocks of the checking block's name (those with an id), in page order. */
	blocks: readonly PlacedBlock[];
}

/** What a check across pages gets besides the pages. */
export interface AcrossPagesContext {
	/** The project root: paths in messages are relative to it. */
	root: string;
}

/**
 * A playbook block: one directive name, validated and rendered in place.
 * Registering a block (see `blocks/index.ts`) is all it takes to make its
 * name known, and to add the pages it feeds, the routes they reserve and its
 * checks across pages.
 */
export interface Block {
	/** The directive name authors write, e.g. `golden-rules`. */
	name: string;
	/** The directive type it is written as. */
	type: Directive['type'];
	/** For a block that only lives inside another (`do` in `dos-donts`): the outer block's name. */
	inside?: string;
	/**
	 * The attributes it accepts, each with the schema its value must pass
	 * (default: `{#id .class}`, see `commonAttributes`). Any other attribute is an error.
	 */
	attributes?: AttributeSchemas;
	/**
	 * Names authors write for this block by mistake, each with what to write
	 * instead, e.g. `{ outcome: 'write :::step[Resolved]{outcome}' }`.
	 */
	insteadOf?: Readonly<Record<string, string>>;
	/** Validates `node`, reports problems on `context.file` and rewrites `node` to its HTML in place. */
	transform?: (node: Directive, context: BlockContext) => void;
	/** Absolute path of the block's stylesheet, if it has one. */
	styles?: string;
	/** Module specifier of the block's browser script, loaded only on pages that contain the block. */
	script?: string;
	/** The pages it adds to the site (prerendered), built from what its instances record (see `blockRecords`). */
	routes?: readonly BlockRoute[];
	/**
	 * The routes it makes, each with what it is for, e.g. `{ cards: 'the desk cards' }`:
	 * no page may take them, nor any route below them.
	 */
	reservedRoutes?: Readonly<Record<string, string>>;
	/** Links to its pages in the default sidebar. */
	sidebar?: readonly BlockSidebarLink[];
	/** Checks what no single page can see (e.g. ids unique across the playbook); reports on each page's `file`. */
	checkAcrossPages?: (pages: readonly PlacedOnPage[], context: AcrossPagesContext) => void;
}

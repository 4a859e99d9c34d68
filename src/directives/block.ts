import type { Parent, Root } from 'mdast';
import type { AttributeSchemas } from './attributes.ts';
import type { VFile } from 'vfile';
import type { Directive } from './nodes.ts';
import type { PageIds } from './ids.ts';

/** Site-wide settings that blocks follow. */
export interface PlaybookSettings {
	/** The site's base path, ending in `/`, for links to the pages Rapport adds. */
	base: string;
	/** Words agents should not say, each with what to say instead. */
	avoidWords: Record<string, string>;
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

/**
 * A playbook block: one directive name, validated and rendered in place.
 * Registering a block (see `blocks/index.ts`) is all it takes to make its name known.
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
	/** Validates `node`, reports problems on `context.file` and rewrites `node` to its HTML in place. */
	transform?: (node: Directive, context: BlockContext) => void;
	/** Absolute path of the block's stylesheet, if it has one. */
	styles?: string;
	/** Module specifier of the block's browser script, loaded only on pages that contain the block. */
	script?: string;
}

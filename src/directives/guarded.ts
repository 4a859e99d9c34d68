import type { Root } from 'mdast';
import type { Plugin, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/**
 * `plugin` with its transformer guarded: a failure inside it becomes an error
 * on the page (at the place the cause names, else the top of the page), with
 * the plugin's name and the original error as `cause`, instead of an
 * exception that stops the page. The page's other plugins still run, so every
 * other mistake on it is reported too.
 */
export function guarded<Options extends unknown[]>(
	name: string,
	plugin: Plugin<Options, Root>,
	...options: Options
): [Plugin<Options, Root>, Options[0]] {
	const wrapped = function (this: unknown, ...given: Options) {
		const transformer = (plugin as (...args: Options) => Transformer<Root> | void).apply(this, given);
		if (!transformer) return undefined;
		return async (tree: Root, file: VFile) => {
			try {
				await (transformer as (tree: Root, file: VFile) => unknown)(tree, file);
			} catch (cause) {
				reportFailure(file, name, cause);
			}
		};
	};
	Object.defineProperty(wrapped, 'name', { value: name });
	// A [plugin, options] pair, as Astro's and unified's plugin lists take them.
	return [wrapped, options[0]];
}

/** Reports an exception thrown while reading a page as a located error with its cause. */
export function reportFailure(file: VFile, step: string, cause: unknown): VFileMessage {
	const error = cause instanceof Error ? cause : new Error(String(cause));
	const place = (cause instanceof VFileMessage ? cause.place : (cause as Partial<VFileMessage> | null)?.place) ?? { line: 1, column: 1 };
	const message = file.message(
		`Unexpected failure in ${step} on this page: ${error.message.split('\n')[0]}. This is a bug in Rapport or one of its plugins, not in your page: report it with this page attached; meanwhile, rewrite the line it names.`,
		{ cause: error, place, ruleId: 'rapport/failure', source: 'rapport' },
	);
	message.fatal = true;
	return message;
}

import { blockRecords } from '../../directives/page-data.ts';

/** A call script as collected from its page, for the situations index and search. */
export interface ScriptRecord {
	id: string;
	label: string;
	/** The words of its first say or ask line ('' when it has none). */
	firstLine: string;
}

/** The call scripts a page records, read by the situations index and search. */
export const scriptRecords = blockRecords<ScriptRecord>('script');

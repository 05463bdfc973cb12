/** Problems found while reading data, reported per cell and in both languages. */

/** A sentence in both of the app's languages. */
export interface Bilingual {
	zh: string;
	en: string;
}

export interface DataIssue {
	/** 1-based line of the file (the header is usually line 1); 0 for the file as a whole. */
	row: number;
	/** The column's header as the file writes it, or '' for the whole row. */
	column: string;
	/** The offending cell, as read. */
	value: string;
	message: Bilingual;
	/** `error`: the row is rejected. `warning`: the row is kept, something is worth a look. */
	severity: 'error' | 'warning';
}

export function issue(
	row: number,
	column: string,
	value: string,
	zh: string,
	en: string,
	severity: DataIssue['severity'] = 'error'
): DataIssue {
	return { row, column, value, message: { zh, en }, severity };
}

/** Thrown for input that cannot be used at all (one sentence, no stack for the user). */
export class InputError extends Error {
	readonly bilingual: Bilingual;
	constructor(zh: string, en: string) {
		super(en);
		this.name = 'InputError';
		this.bilingual = { zh, en };
	}

	/** The error of a sentence given in both languages. */
	static from(message: Bilingual): InputError {
		return new InputError(message.zh, message.en);
	}
}

/** An issue whose sentence is given in both languages. */
export function issueOf(
	row: number,
	column: string,
	value: string,
	message: Bilingual,
	severity: DataIssue['severity'] = 'error'
): DataIssue {
	return { row, column, value, message, severity };
}

/** Shapes shared by the extraction screen's components. */

/** The fields of the document form. */
export interface DocumentFields {
	text: string;
	title: string;
	/** A region id, or '' for none. */
	regionId: string;
	/** The year the document was written, or null when not given. */
	year: number | null;
}

/** A sentence shown in the panel, in both languages (it follows a change of language). */
export interface Notice {
	kind: 'info' | 'error';
	text: { zh: string; en: string };
}

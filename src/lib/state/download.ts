/** Saving a file from the page. */

export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV as Excel opens it correctly: UTF-8 with a byte-order mark. */
export function csvBlob(text: string): Blob {
	return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
}

/** A file name from parts, without characters file systems refuse. */
export function fileName(parts: readonly string[], ext: string): string {
	const base = parts
		.filter(Boolean)
		.join('-')
		.replace(/[\\/:*?"<>|\s]+/g, '_')
		.slice(0, 120);
	return `${base || 'mubiao'}.${ext}`;
}

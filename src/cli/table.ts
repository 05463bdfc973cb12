/** Plain-text tables that line up in a terminal with Chinese text (CJK characters are two columns wide). */

function width(s: string): number {
	let w = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0) ?? 0;
		w +=
			c >= 0x1100 &&
			(c <= 0x115f ||
				(c >= 0x2e80 && c <= 0xa4cf) ||
				(c >= 0xac00 && c <= 0xd7a3) ||
				(c >= 0xf900 && c <= 0xfaff) ||
				(c >= 0xfe30 && c <= 0xfe4f) ||
				(c >= 0xff00 && c <= 0xff60) ||
				(c >= 0xffe0 && c <= 0xffe6) ||
				(c >= 0x20000 && c <= 0x3fffd))
				? 2
				: 1;
	}
	return w;
}

/** Columns separated by two spaces; numbers (and columns named in `right`) right-aligned. */
export function textTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	right: ReadonlySet<number> = new Set()
): string {
	const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
	const line = (cells: readonly string[]) =>
		cells
			.map((c, i) => {
				const pad = ' '.repeat((widths[i] ?? 0) - width(c));
				return right.has(i) ? pad + c : c + pad;
			})
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The axis tooltip of the main chart, built from escaped text only. Pure. */
import { escapeHtml } from './types.ts';

interface TooltipParam {
	seriesName?: string;
	seriesId?: string;
	marker?: string;
	value?: unknown;
	name?: string;
	data?: unknown;
}

export function tooltipHtml(
	params: unknown,
	formatValue: (v: number) => string,
	labels: { approximate: string; disputed: string; entered?: string }
): string {
	const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
	let year: number | null = null;
	const lines: string[] = [];
	for (const p of list) {
		if (!p.seriesId || p.seriesId.startsWith('band') || p.seriesId.startsWith('milestone'))
			continue;
		const value = Array.isArray(p.value) ? p.value : null;
		if (!value || typeof value[1] !== 'number') continue;
		year ??= Number(value[0]);
		const name = p.seriesId === 'targets' ? (p.name ?? '') : (p.seriesName ?? '');
		const data = p.data as { symbol?: string } | undefined;
		const approx =
			data?.symbol === 'emptyCircle'
				? `（${labels.approximate}）`
				: data?.symbol === 'triangle'
					? `（${labels.disputed}）`
					: data?.symbol === 'emptyRect' && labels.entered
						? `（${labels.entered}）`
						: '';
		lines.push(
			`${p.marker ?? ''}${escapeHtml(name)}：<b>${escapeHtml(formatValue(value[1]))}</b>${escapeHtml(approx)}`
		);
	}
	if (year === null) return '';
	return [`<b>${escapeHtml(String(year))}</b>`, ...lines].join('<br/>');
}

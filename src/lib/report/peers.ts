/**
 * Two parts of the briefing: the focus region against the comparison regions (the latest actual
 * of each on the indicators of its targets), and the scenario's assumptions that differ from the
 * baseline (no assumption: the fitted linear trend). Pure.
 */
import { seriesOf } from '../data/dataset.ts';
import type { Dataset } from '../data/model.ts';
import type { DatasetIndex } from '../data/registry.ts';
import type { Assumption } from '../domain/engine/index.ts';
import { formatNumber, formatValue, indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { rt } from '../i18n/report.ts';
import { translate } from '../i18n/strings.ts';
import type { ReportInput } from './model.ts';
import { rateScale, rateText } from './phrases.ts';
import type { SourceList } from './sources.ts';

export interface ReportPeers {
	/** Indicator, unit, then the focus and each comparison region. */
	columns: string[];
	rows: { indicator: string; unit: string; cells: string[] }[];
}

/**
 * One row per indicator (in the order given) that at least one of the regions has an actual
 * for: the latest actual of each region with its year (`—` when it has none). The values shown
 * are cited in `sources`.
 */
export function peerTable(
	dataset: Dataset,
	index: DatasetIndex,
	focus: string,
	compare: readonly { id: string; name: string }[],
	indicators: readonly string[],
	lang: Lang,
	sources: SourceList
): ReportPeers {
	const regions = [
		{ id: focus, name: regionName(index.regions.byId(focus), lang, focus) },
		...compare
	];
	const rows: ReportPeers['rows'] = [];
	for (const id of indicators) {
		const indicator = index.indicators.byId(id);
		const unit = indicator?.unit ?? '';
		const name = indicatorName(indicator, lang, id);
		let any = false;
		const cells = regions.map((region) => {
			const latest = seriesOf(dataset, region.id, id).at(-1);
			if (!latest) return '—';
			any = true;
			const o = latest.observation;
			const value = formatValue(latest.value, o.unit ?? unit, lang);
			sources.cite(
				o.provenance,
				rt(lang, 'source.figure', {
					region: region.name,
					indicator: name,
					year: latest.year,
					value
				}),
				o.note
			);
			return rt(lang, 'peers.cell', {
				value,
				year: latest.year,
				inferred: o.yearInferred ? rt(lang, 'peers.inferred') : ''
			});
		});
		if (any) rows.push({ indicator: name, unit, cells });
	}
	return {
		columns: [rt(lang, 'col.indicator'), ...regions.map((r) => r.name)],
		rows
	};
}

/** An assumption that changes nothing: the fitted linear trend, no rate, spread or baseline. */
export function isBaseline(a: Assumption): boolean {
	return (
		(a.method === undefined || a.method === 'linear') &&
		a.rate === undefined &&
		a.sigma === undefined &&
		a.baseline === undefined
	);
}

/**
 * The assumptions that differ from the baseline, in words, for the focus and the comparison
 * regions; the others are counted.
 */
export function assumptionLines(
	input: ReportInput,
	index: DatasetIndex
): { lines: string[]; others: number } {
	const { lang } = input;
	const shown = new Set([input.region, ...input.compare]);
	const rows: { order: string; line: string }[] = [];
	let others = 0;
	for (const [key, a] of input.assumptions) {
		if (isBaseline(a)) continue;
		const [regionId = '', indicatorId = ''] = key.split('\u0000');
		if (!shown.has(regionId)) {
			others++;
			continue;
		}
		const indicator = index.indicators.byId(indicatorId);
		const unit = indicator?.unit ?? '';
		const method = a.method ?? 'linear';
		const parts = [rt(lang, 'assume.method', { method: translate(lang, `method.${method}`) })];
		if (a.rate !== undefined)
			parts.push(rt(lang, 'assume.rate', { rate: rateText(a.rate, method, unit, lang) }));
		if (a.sigma !== undefined)
			parts.push(
				rt(lang, 'assume.sigma', {
					sigma: `${formatNumber(a.sigma * rateScale(method), lang, 3)}${rateScale(method) === 100 ? '%' : ''}`
				})
			);
		if (a.baseline)
			parts.push(
				rt(lang, 'assume.baseline', {
					value: formatValue(a.baseline.value, unit, lang),
					year: a.baseline.year
				})
			);
		const region = regionName(index.regions.byId(regionId), lang, regionId);
		const name = indicatorName(indicator, lang, indicatorId);
		rows.push({
			order: `${regionId === input.region ? 0 : 1}${region}\u0000${name}`,
			line: rt(lang, 'assume.line', {
				region,
				indicator: name,
				parts: parts.join(rt(lang, 'assume.join'))
			})
		});
	}
	rows.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
	return { lines: rows.map((r) => r.line), others };
}

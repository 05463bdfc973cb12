/**
 * What every export says about itself: the scenario it shows, the assumptions behind it, the
 * "today" of its verdicts and the day it was made; and numbers rounded for people (the engine's
 * floating-point noise, `0.4000000000000057`, is not a figure). Pure.
 */
import type { DatasetIndex } from '../data/registry.ts';
import { formatNumber, indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { translate } from '../i18n/strings.ts';

import type { Assumption } from '../scenario/schema.ts';

/** Twelve significant digits: exact for every figure a source states, free of binary noise. */
export function round12(x: number): number;
export function round12(x: number | null | undefined): number | null | undefined;
export function round12(x: number | null | undefined): number | null | undefined {
	return typeof x === 'number' && Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

export interface Stamp {
	scenario: string;
	asOf: number;
	/** `YYYY-MM-DD`, local time. */
	date: string;
	assumptions: readonly Assumption[];
}

/** The stamp of a scenario being worked on, exported now. */
export function stampOf(
	s: { name: string; settings: { asOf: number }; assumptions: readonly Assumption[] },
	now: Date = new Date()
): Stamp {
	return {
		scenario: s.name,
		asOf: s.settings.asOf,
		date: isoDate(now),
		assumptions: s.assumptions
	};
}

/** A date as `YYYY-MM-DD` in local time. */
export function isoDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** One assumption in words: `重庆市 · 教共体覆盖率：线性（每年增加）3；σ 0.5；基准值 2025 = 85`. */
export function assumptionText(a: Assumption, idx: DatasetIndex, lang: Lang): string {
	const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
		translate(lang, key, p);
	const method = a.method ?? 'linear';
	// Compound and gap rates are fractions a year, shown in per cent (as rates.ts shows them).
	const scale = method === 'compound' || method === 'gap' ? 100 : 1;
	const unit = scale === 100 ? '%' : '';
	const parts = [t(`method.${method}`)];
	if (a.rate !== undefined) parts.push(`${formatNumber(a.rate * scale, lang, 4)}${unit}`);
	if (a.sigma !== undefined) parts.push(`σ ${formatNumber(a.sigma * scale, lang, 4)}${unit}`);
	if (a.baseline)
		parts.push(
			t('stamp.baseline', { year: a.baseline.year, value: formatNumber(a.baseline.value, lang, 4) })
		);
	const where = [
		regionName(idx.regions.byId(a.region), lang, a.region),
		indicatorName(idx.indicators.byId(a.indicator), lang, a.indicator)
	].join(' · ');
	return `${where}${t('stamp.colon')}${parts.join(t('stamp.join'))}`;
}

/**
 * The line an exported chart carries under its title: scenario, assumptions (those given, the
 * rest fitted), "today" and the export date.
 */
export function stampLine(stamp: Stamp, idx: DatasetIndex, lang: Lang, max = 3): string {
	const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
		translate(lang, key, p);
	const shown = stamp.assumptions.slice(0, max).map((a) => assumptionText(a, idx, lang));
	const more = stamp.assumptions.length - shown.length;
	const assumptions =
		shown.length === 0
			? t('stamp.fitted')
			: more > 0
				? t('stamp.more', { list: shown.join(t('stamp.join')), n: stamp.assumptions.length })
				: shown.join(t('stamp.join'));
	return t('stamp.line', {
		scenario: stamp.scenario,
		assumptions,
		asOf: stamp.asOf,
		date: stamp.date
	});
}

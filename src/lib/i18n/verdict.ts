/**
 * A verdict in words: how the compared value was obtained, what the verdict rests on, and the
 * headline per milestone that always says how many targets could not be judged. Pure; shared by
 * the page, the exports and the command line.
 */
import type { Basis, CompositeRow, TargetAssessment } from '../domain/engine/index.ts';
import { formatNumber, type Lang } from './format.ts';
import { translate, type StringKey } from './strings.ts';

/** How the value compared was read: "2020 实际值", "2015–2024 插值", "2027 预测", … */
export function comparedPhrase(a: TargetAssessment, lang: Lang): string {
	const year = a.evaluatedYear;
	switch (a.evaluation) {
		case 'observed':
			return translate(lang, 'eval.observed', { year });
		case 'interpolated':
			return translate(lang, 'eval.interpolated', {
				from: a.compared?.from.year ?? '',
				to: a.compared?.to.year ?? ''
			});
		case 'projected':
			if (a.status === 'needs-assumption')
				return translate(lang, 'eval.held', { year: a.anchor?.year ?? '' });
			if (a.status === 'unverified') return translate(lang, 'eval.estimate', { year });
			return translate(lang, 'eval.projected', { year });
		case 'none':
			return translate(lang, a.status === 'no-data' ? 'eval.none.no-data' : 'eval.none.unverified');
	}
}

/**
 * What a verdict rests on. For a value read from the actuals: the point(s) read; for a
 * projection: the fit window and how the rate, spread and anchor were obtained — "6 个数据点
 * 2015–2025；假设速率", "仅 2 个数据点，无离散度". Empty when there is nothing at all.
 */
export function basisPhrase(a: TargetAssessment, lang: Lang, hold = false): string {
	const t = (key: StringKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const assumed = a.compared !== null && (a.compared.from.assumed || a.compared.to.assumed);
	if (a.evaluation === 'observed' || a.evaluation === 'interpolated') {
		const read = t(a.evaluation === 'observed' ? 'basis.actual' : 'basis.actuals');
		return assumed ? `${read}${t('basis.join')}${t('eval.assumedPoint')}` : read;
	}
	if (a.anchor === null) return '';
	return projectionBasis(a.basis, lang, hold);
}

/** The fit window and the origin of rate, spread and anchor of a projection. */
export function projectionBasis(basis: Basis, lang: Lang, hold = false): string {
	const t = (key: StringKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const parts: string[] = [];
	if (basis.points === 0) parts.push(t('basis.noPoints'));
	else if (basis.points === 1) parts.push(t('basis.onePoint', { year: basis.firstYear ?? '' }));
	else if (basis.points === 2 && basis.sigma === 'none' && basis.rate === 'fitted')
		parts.push(t('basis.twoNoSpread'));
	else
		parts.push(
			t('basis.points', { n: basis.points, from: basis.firstYear ?? '', to: basis.lastYear ?? '' })
		);
	if (basis.breakLeavesTooFew) parts.push(t('basis.breakTooFew'));
	else if (basis.breaks > 0) parts.push(t('basis.break'));
	if (basis.fallback) parts.push(t(`basis.fallback.${basis.fallback}`));
	if (hold) parts.push(t('basis.hold'));
	else if (basis.rate === 'assumed') parts.push(t('basis.rateAssumed'));
	if (basis.sigma === 'borrowed') parts.push(t('basis.borrowed'));
	if (basis.sigma === 'assumed') parts.push(t('basis.sigmaAssumed'));
	if (basis.anchor === 'assumed') parts.push(t('basis.anchorAssumed'));
	if (basis.conflicts > 0) parts.push(t('basis.conflicts', { n: basis.conflicts }));
	return parts.join(t('basis.join'));
}

/**
 * The headline of one milestone: "2027年：可研判 2 / 5 项，预计达成 1.4 项；3 项无法研判（1 项需设定
 * 假设，2 项缺数据）" — never "0 / 5" without saying why.
 */
export function headlinePhrase(c: CompositeRow, lang: Lang): string {
	const t = (key: StringKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const unjudged = c.needsAssumption + c.noData + c.unverified;
	const parts = (
		[
			['needs-assumption', c.needsAssumption],
			['no-data', c.noData],
			['unverified', c.unverified]
		] as const
	)
		.filter(([, n]) => n > 0)
		.map(([k, n]) => t(`score.unjudged.${k}`, { n }))
		.join(t('score.partsJoin'));
	if (c.assessable === 0)
		return t('score.headlineNone', { year: c.milestone, count: c.count, parts });
	const head = t('score.headline', {
		year: c.milestone,
		assessable: c.assessable,
		count: c.count,
		expected: formatNumber(c.expectedMet, lang, 1)
	});
	if (unjudged === 0) return head;
	return `${head}${t('score.headlineJoin')}${t('score.headlineUnjudged', { n: unjudged, parts })}`;
}

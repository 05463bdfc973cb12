/**
 * The figures of the briefing in words: a target's value, its year, a rate in the method's
 * unit, a probability. Pure; the sentences are in i18n.
 */
import type { Comparator, Target } from '../data/model.ts';
import type { Method, TargetAssessment } from '../domain/engine/index.ts';
import { formatNumber, formatUnit, formatValue, type Lang } from '../i18n/format.ts';
import { rt } from '../i18n/report.ts';
import { translate } from '../i18n/strings.ts';

/** `≥ 90%`, `1–2项`, `年均变化 ≤ -1个百分点`: the target without its year. */
export function targetValue(
	t: { comparator: Comparator; value: number; valueMax: number | null },
	unit: string,
	lang: Lang
): string {
	if (t.comparator === 'range' && t.valueMax !== null)
		return `${formatValue(t.value, '', lang)}–${formatValue(t.valueMax, unit, lang)}`;
	return `${translate(lang, `cmp.${t.comparator}`)}\u00a0${formatValue(t.value, unit, lang)}`;
}

/** The year column: `2027`, or "年份未注明，按 2025 年研判". */
export function targetYear(t: Target, evaluatedYear: number, lang: Lang): string {
	return t.year !== null
		? String(evaluatedYear)
		: translate(lang, 'target.judgedAt', { year: evaluatedYear });
}

/**
 * Display value = engine rate × scale: compound and gap rates are fractions a year, shown in
 * per cent, as the sliders show them (state/rates.ts; repeated here so that the briefing does
 * not load the slider logic).
 */
export function rateScale(method: Method): number {
	return method === 'compound' || method === 'gap' ? 100 : 1;
}

/** A rate in the unit of its method, signed: `+1.2 个百分点/年`, `每年 3.1%`. */
export function rateText(rate: number | null, method: Method, unit: string, lang: Lang): string {
	if (rate === null || !Number.isFinite(rate) || method === 'hold') return rt(lang, 'rate.hold');
	const scaled = rate * rateScale(method);
	const signed = `${scaled > 0 ? '+' : ''}${formatNumber(scaled, lang, 3)}`;
	if (method === 'compound') return rt(lang, 'rate.compound', { rate: signed });
	if (method === 'gap') return rt(lang, 'rate.gap', { rate: signed });
	if (unit === '%') return rt(lang, 'rate.linearPct', { rate: signed });
	const u = formatUnit(unit, lang);
	return u
		? rt(lang, 'rate.linear', { rate: signed, unit: u })
		: rt(lang, 'rate.bare', { rate: signed });
}

/** `37.5%`; an estimate for a past year the data do not reach says so; none is `—`. */
export function probabilityText(a: TargetAssessment, lang: Lang): string {
	if (a.probability === null) return '—';
	const p = `${formatNumber(a.probability * 100, lang, 1)}%`;
	return a.status === 'unverified' ? rt(lang, 'prob.estimate', { p }) : p;
}

/** A day as `YYYY-MM-DD`, in the local time zone (the caller reads the clock). */
export function reportDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The assumption of the region × indicator in focus, as the assumption panel shows and edits
 * it: method, rate and spread in display units, the slider ranges, the fitted trend, and the
 * edits (each checked before it reaches the scenario).
 */
import { METHODS, projectIndicator, type Method, type Projection } from '../domain/engine/index.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';
import { translate } from '../i18n/strings.ts';
import { appMessage } from '../i18n/messages/app.ts';
import { SIGMA_MAX } from '../scenario/limits.ts';
import { validRate } from '../scenario/methods.ts';
import type { AppState } from './app.svelte.ts';
import { equivalentRate, rateScale, sigmaRange, sliderRange, type SliderRange } from './rates.ts';

export class FocusAssumption {
	readonly #app: AppState;
	/** The methods to choose from. */
	readonly methods = METHODS;
	/** The last rejected rate's reason, shown under the field. */
	rateError = $state<string | null>(null);
	/** The last rejected σ's reason, shown under its field. */
	sigmaError = $state<string | null>(null);

	readonly projection: Projection | null;
	readonly method: Method;
	/** Display value = engine rate × scale. */
	readonly scale: number;
	/**
	 * The fitted trend of the chosen method: what bounds the slider's range. It depends on the
	 * series (stable while a slider moves), not on the projection, so moving a slider never refits.
	 */
	readonly fitted: Projection | null;
	readonly range: SliderRange;
	readonly sigmaRange: SliderRange;
	/** Required rates of the focus targets, in display units, inside the slider's range. */
	readonly requiredMarks: number[];

	constructor(app: AppState) {
		this.#app = app;
		this.projection = $derived(app.focusRow?.projection ?? null);
		this.method = $derived(this.assumption?.method ?? 'linear');
		this.scale = $derived(rateScale(this.method));
		const points = $derived(app.focusRow?.points);
		const traits = $derived(app.focusRow?.traits);
		this.fitted = $derived(
			points && traits ? projectIndicator(points, traits, { method: this.method }) : null
		);
		const required = $derived(this.#required().map((a) => a.requiredRate));
		this.range = $derived(
			sliderRange(this.method, this.fitted, required, this.#valueSpan(traits?.bounds))
		);
		this.sigmaRange = $derived(sigmaRange(this.range));
		this.requiredMarks = $derived(
			required
				.filter((r): r is number => r !== null)
				.map((r) => r * this.scale)
				.filter((r, i, all) => all.indexOf(r) === i && r >= this.range.min && r <= this.range.max)
		);
	}

	get assumption() {
		const { view, scenario } = this.#app;
		return scenario.assumptionFor(view.region, view.indicator);
	}
	get unit(): string {
		return this.#app.effectiveIndex.indicators.byId(this.#app.view.indicator)?.unit ?? '';
	}
	get shownRate(): number {
		return (this.projection?.rate ?? 0) * this.scale;
	}
	get shownSigma(): number {
		return (this.projection?.sigma ?? 0) * this.scale;
	}
	/** Decimals the number boxes show for the slider's step. */
	get digits(): number {
		return Math.max(0, Math.min(4, -Math.floor(Math.log10(this.range.step))));
	}

	#required() {
		return (this.#app.run.byKey.get(this.#app.focusKey) ?? []).map((r) => r.assessment);
	}

	#valueSpan(bounds: { lo: number; hi: number } | undefined): number {
		if (bounds && Number.isFinite(bounds.hi)) return bounds.hi - bounds.lo;
		return Math.abs(this.projection?.anchor?.value ?? 1) || 1;
	}

	#set(patch: Parameters<AppState['scenario']['setAssumption']>[2]): void {
		const { view, scenario } = this.#app;
		scenario.setAssumption(view.region, view.indicator, patch);
	}

	setRate(display: number): void {
		if (!Number.isFinite(display)) return;
		const rate = display / this.scale;
		const problem = validRate(this.method, rate);
		this.rateError = problem ? this.#app.say(problem) : null;
		if (!problem) this.#set({ rate });
	}

	/** Set σ; one beyond what a scenario can hold ({@link SIGMA_MAX}) is refused with a sentence. */
	setSigma(display: number): void {
		if (!Number.isFinite(display) || display < 0) return;
		const sigma = display / this.scale;
		if (sigma > SIGMA_MAX) {
			const unit = this.scale === 100 ? '%' : this.unit;
			this.sigmaError = this.#app.say(
				appMessage('sigma.tooLarge', {
					max: formatNumber(SIGMA_MAX * this.scale, this.#app.lang),
					unit: unit || '—',
					value: formatNumber(display, this.#app.lang)
				})
			);
			return;
		}
		this.sigmaError = null;
		this.#set({ sigma });
	}

	/**
	 * A rate in one method's unit means nothing in another's. A rate the analyst typed is carried
	 * over as the new method's rate that reaches the same value in the first target year (or the
	 * horizon), and they are told; a fitted rate is simply refitted. A typed σ is refitted too.
	 */
	setMethod(next: Method): void {
		this.rateError = null;
		const row = this.#app.focusRow;
		const p = this.projection;
		const typed = this.assumption?.rate !== undefined && p !== null && row !== undefined;
		const year =
			this.#required().find((a) => p?.anchor && a.evaluatedYear > p.anchor.year)?.evaluatedYear ??
			this.#app.scenario.settings.horizon;
		const rate = typed
			? equivalentRate(p, next, row.points, row.traits, this.assumption?.baseline, year)
			: null;
		this.#set({ method: next, rate: rate ?? undefined, sigma: undefined });
		if (!typed || next === 'hold') return;
		const say = (lang: Lang) =>
			rate === null
				? translate(lang, 'assume.notConverted', { method: translate(lang, `method.${next}`) })
				: translate(lang, 'assume.converted', {
						rate: formatNumber(rate * rateScale(next), lang, 3),
						year
					});
		this.#app.notify('notice', { zh: say('zh'), en: say('en') });
	}

	/** Use an assumed baseline (starting from the anchor), or drop it. */
	toggleBaseline(on: boolean): void {
		const anchor = this.projection?.anchor;
		const year = anchor?.year ?? this.#app.scenario.settings.asOf - 1;
		this.#set({ baseline: on ? { year, value: anchor?.value ?? 0 } : undefined });
	}

	setBaseline(field: 'year' | 'value', value: number): void {
		const current = this.assumption?.baseline;
		if (!current || !Number.isFinite(value)) return;
		if (field === 'year' && !(Number.isInteger(value) && value >= 1900 && value <= 2200)) return;
		this.#set({ baseline: { ...current, [field]: value } });
	}

	reset(): void {
		const { view, scenario } = this.#app;
		scenario.resetAssumption(view.region, view.indicator);
		this.rateError = null;
		this.sigmaError = null;
	}
}

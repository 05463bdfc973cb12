/**
 * The entry form of a target without data (`data-testid="gap-entry"`): value, year and source
 * as the analyst types them, checked here — a number (as tables write them: `91.5`, `９１．５`,
 * `91.5%`), inside the indicator's bounds, a year up to the scenario's "today", and a source,
 * which is required — then added as a value marked "用户录入 / entered".
 */
import type { Bilingual } from '../data/issues.ts';
import { defaultBounds } from '../domain/engine/index.ts';
import { parseNumber, parseYear } from '../domain/numbers.ts';
import { foldWidth } from '../domain/text.ts';
import { formatNumber, formatValue } from '../i18n/format.ts';
import { dataMessage } from '../i18n/messages/data.ts';
import type { AppState } from './app.svelte.ts';

/** The longest source accepted (a yearbook, a table and a page fit many times over). */
export const SOURCE_MAX = 500;

export class GapEntry {
	value = $state('');
	year = $state('');
	source = $state('');
	/** Why the last attempt was refused (shown under the form). */
	error = $state.raw<Bilingual | null>(null);
	readonly region: string;
	readonly indicator: string;
	readonly #app: AppState;

	constructor(app: AppState, region: string, indicator: string) {
		this.#app = app;
		this.region = region;
		this.indicator = indicator;
	}

	/** The indicator's unit (the value is taken in it). */
	get unit(): string {
		return this.#app.effectiveIndex.indicators.byId(this.indicator)?.unit ?? '';
	}

	/** The latest year an actual may have: the scenario's "today". */
	get maxYear(): number {
		return this.#app.scenario.settings.asOf;
	}

	#check(): { value: number; year: number; source: string } | Bilingual {
		const idx = this.#app.effectiveIndex;
		const indicator = idx.indicators.byId(this.indicator);
		const text = this.value.trim();
		const parsed = parseNumber(text, this.unit);
		if (parsed.kind !== 'number') return dataMessage('entry.value', { text });
		const bounds = defaultBounds(this.unit, indicator?.lowerBound, indicator?.upperBound);
		if (parsed.value < bounds.lo || parsed.value > bounds.hi) {
			const hi = Number.isFinite(bounds.hi) ? formatNumber(bounds.hi, 'zh', 6) : '∞';
			return dataMessage('entry.bounds', {
				indicator: indicator?.zh ?? this.indicator,
				lo: formatNumber(bounds.lo, 'zh', 6),
				hi,
				value: formatNumber(parsed.value, 'zh', 6)
			});
		}
		const yearText = foldWidth(this.year).trim();
		const year = parseYear(yearText);
		if (year === null || year > this.maxYear)
			return dataMessage('entry.year', { max: this.maxYear, text: yearText });
		const source = this.source.trim();
		if (!source) return dataMessage('entry.source');
		if (source.length > SOURCE_MAX)
			return dataMessage('entry.sourceLong', { max: SOURCE_MAX, n: source.length });
		return { value: parsed.value, year, source };
	}

	/** Add the value, or say why not; true when it was added. */
	submit(): boolean {
		const checked = this.#check();
		if ('zh' in checked) {
			this.error = checked;
			return false;
		}
		this.error = null;
		const idx = this.#app.effectiveIndex;
		const region = idx.regions.byId(this.region)?.zh ?? this.region;
		const indicator = idx.indicators.byId(this.indicator)?.zh ?? this.indicator;
		this.#app.enterValue({
			region: this.region,
			indicator: this.indicator,
			year: checked.year,
			value: checked.value,
			source: checked.source,
			what: `${region} · ${indicator} · ${checked.year}：${formatValue(checked.value, this.unit, 'zh', 6)}`
		});
		this.value = '';
		this.source = '';
		this.year = '';
		return true;
	}
}

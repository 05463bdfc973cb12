/**
 * What is on screen (focus region, comparison, indicator, chart mode, scorecard filters) as one
 * state object. Components read its fields and change them only through its methods, so every
 * rule of the view (the focus is never also a comparison region, …) lives here.
 */
import type { RegionLevel } from '../data/model.ts';
import { COMPARE_MAX } from '../scenario/limits.ts';
import type { ChartMode, ReferenceRef, View, ViewTab } from './view.ts';

export class ViewState implements View {
	region = $state('');
	compare = $state.raw<string[]>([]);
	indicator = $state('');
	mode = $state<ChartMode>('value');
	scope = $state<View['scope']>('focus');
	milestone = $state<number | null>(null);
	status = $state<string | null>(null);
	tab = $state<ViewTab>('chart');
	rankLevel = $state<RegionLevel | null>(null);
	rankParent = $state<string | null>(null);
	rankYear = $state<number | null>(null);
	against = $state.raw<ReferenceRef | null>(null);

	constructor(initial: View) {
		this.set(initial);
	}

	/** Replace the whole view (a loaded scenario, undo). */
	set(v: View): void {
		this.region = v.region;
		this.compare = [...v.compare];
		this.indicator = v.indicator;
		this.mode = v.mode;
		this.scope = v.scope;
		this.milestone = v.milestone;
		this.status = v.status;
		this.tab = v.tab;
		this.rankLevel = v.rankLevel;
		this.rankParent = v.rankParent;
		this.rankYear = v.rankYear;
		this.against = v.against ? { ...v.against } : null;
	}

	/** A plain copy (for scenario files and links). */
	snapshot(): View {
		return {
			region: this.region,
			compare: [...this.compare],
			indicator: this.indicator,
			mode: this.mode,
			scope: this.scope,
			milestone: this.milestone,
			status: this.status,
			tab: this.tab,
			rankLevel: this.rankLevel,
			rankParent: this.rankParent,
			rankYear: this.rankYear,
			against: this.against ? { ...this.against } : null
		};
	}

	/** Focus a region; it leaves the comparison if it was in it. */
	focus(region: string): void {
		this.region = region;
		this.compare = this.compare.filter((c) => c !== region);
	}

	showIndicator(indicator: string): void {
		this.indicator = indicator;
	}

	/** Chart and assumption panel on one target's region and indicator. */
	showTarget(region: string, indicator: string): void {
		this.indicator = indicator;
		if (region !== this.region) this.focus(region);
	}

	/** Add a comparison region; false when the comparison is full ({@link COMPARE_MAX}). */
	addCompare(region: string): boolean {
		if (region === this.region || this.compare.includes(region)) return true;
		if (this.compare.length >= COMPARE_MAX) return false;
		this.compare = [...this.compare, region];
		return true;
	}

	removeCompare(region: string): void {
		this.compare = this.compare.filter((c) => c !== region);
	}

	/**
	 * Compare with these regions (the focus and repeats left out), the first {@link COMPARE_MAX}
	 * of them; returns how many were left out beyond that.
	 */
	setCompare(regions: readonly string[]): number {
		const wanted = regions.filter((r, i) => r !== this.region && regions.indexOf(r) === i);
		this.compare = wanted.slice(0, COMPARE_MAX);
		return wanted.length - this.compare.length;
	}

	setMode(mode: ChartMode): void {
		this.mode = mode;
	}

	setScope(scope: View['scope']): void {
		this.scope = scope;
	}

	setMilestone(milestone: number | null): void {
		this.milestone = milestone;
	}

	setStatus(status: string | null): void {
		this.status = status;
	}

	setTab(tab: ViewTab): void {
		this.tab = tab;
	}

	/** Rank every region of a level (`parent` null), or the children of `parent`. */
	setRanking(level: RegionLevel | null, parent: string | null): void {
		this.rankLevel = parent === null ? level : null;
		this.rankParent = parent;
	}

	/** The ranking's year; null: the latest year with data. */
	setRankYear(year: number | null): void {
		this.rankYear = year;
	}

	/** Compare with another scenario; null: with the fitted trends. */
	setAgainst(ref: ReferenceRef | null): void {
		this.against = ref ? { ...ref } : null;
	}

	/** After the data changed: drop regions that are gone, and fall back when the focus is. */
	prune(exists: (region: string) => boolean, fallback: View): void {
		if (!exists(this.region)) this.set(fallback);
		this.compare = this.compare.filter(exists);
		if (this.rankParent !== null && !exists(this.rankParent)) this.rankParent = null;
	}
}

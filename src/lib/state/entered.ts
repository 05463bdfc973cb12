/**
 * A value the analyst typed in for a target without data ("用户录入 / entered"): one observation
 * with the source the analyst named, as a dataset addition of its own. Pure.
 */
import type { Dataset, Observation, Source } from '../data/model.ts';

/** What the entry form gives, checked (see gapEntry.svelte.ts). */
export interface EnteredValue {
	/** Region and indicator ids. */
	region: string;
	indicator: string;
	year: number;
	value: number;
	/** Where the figure comes from, as the analyst wrote it ("重庆统计年鉴2024 表4-12"). */
	source: string;
	/** The value in words, for My data and the undo button ("重庆市 · 智慧教育平台应用覆盖率 · 2024：60%"). */
	what: string;
}

/** Marked on the figure itself, so that every export of the data carries it. */
export const ENTERED_NOTE = '用户录入 / entered';

export function enteredAddition(v: EnteredValue, sourceId: string): Dataset {
	const source: Source = { id: sourceId, kind: 'entered', title: v.source };
	const observation: Observation = {
		region: v.region,
		indicator: v.indicator,
		value: v.value,
		provenance: [{ source: sourceId }],
		note: ENTERED_NOTE,
		year: v.year
	};
	return {
		sources: [source],
		regions: [],
		indicators: [],
		observations: [observation],
		targets: []
	};
}

/**
 * Figures whose fields are already typed — a scenario's observations and targets, checked by
 * the scenario schema — added to the loaded data the way an import adds them: names resolved
 * (a name the data does not know becomes a new region or indicator), figures built.
 */
import type { Comparator, Dataset } from '../model.ts';
import { AdditionBuilder, type BuildOptions, type Built } from './figures.ts';
import { NameResolver } from './resolve.ts';

/** A figure whose fields are already typed (a scenario's observations and targets). */
export interface FigureInput {
	region: string;
	indicator: string;
	kind: 'actual' | 'target';
	year: number | null;
	value: number;
	comparator?: Comparator;
	valueMax?: number | null;
	unit?: string;
	note?: string;
}

/**
 * Typed figures (checked by their own schema, as a scenario file's are) → what they add to
 * `base`, names resolved as in an import. A range whose upper end lies below its lower end is
 * left out and counted in `rejected`.
 */
export function addFigures(
	base: Dataset,
	figures: readonly FigureInput[],
	options: BuildOptions
): Built & { rejected: number } {
	const resolver = new NameResolver(base);
	const builder = new AdditionBuilder(base, resolver, options);
	let rejected = 0;
	figures.forEach((f, i) => {
		const region = resolver.region(f.region);
		const indicator = resolver.indicator(f.indicator);
		if (!region || !indicator) return void rejected++;
		const direction = indicator.existing?.direction ?? 'up';
		const comparator =
			f.kind === 'target' ? (f.comparator ?? (direction === 'down' ? '<=' : '>=')) : null;
		const valueMax = comparator === 'range' ? (f.valueMax ?? null) : null;
		if (comparator === 'range' && (valueMax === null || valueMax < f.value)) return void rejected++;
		builder.add(i + 1, region, indicator, {
			kind: f.kind,
			year: f.year,
			value: f.value,
			valueMax,
			comparator,
			unit: f.unit?.trim() ?? '',
			approximate: false,
			note: f.note?.trim() ?? '',
			sources: [],
			sections: [],
			excerpts: [],
			level: undefined,
			parent: '',
			regionEn: '',
			regionAliases: [],
			direction: undefined,
			lower: undefined,
			upper: undefined,
			indicatorEn: '',
			indicatorAliases: [],
			outsideDefault: false,
			yearInferred: false,
			horizon: null
		});
	});
	return { ...builder.finish(), rejected };
}

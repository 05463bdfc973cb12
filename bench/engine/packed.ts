/**
 * A share of the engine's input as typed arrays, to hand to a worker without copying: the
 * series (actuals, bounds, direction) and their targets. Built once per dataset.
 */
import {
	AssessmentTable,
	COMPARATORS,
	type Comparator,
	type EngineOptions,
	type Point
} from '../../src/lib/domain/engine/index.ts';
import type { EngineInput, SeriesInput } from './engine.ts';

export interface PackedInput {
	series: number;
	regions: number;
	options: EngineOptions;
	region: Int32Array;
	lo: Float64Array;
	hi: Float64Array;
	down: Uint8Array;
	/** Series `i`'s actuals are `pointStart[i] … pointStart[i + 1] − 1`. */
	pointStart: Int32Array;
	years: Float64Array;
	values: Float64Array;
	/** Series `i`'s targets are `targetStart[i] … targetStart[i + 1] − 1`. */
	targetStart: Int32Array;
	/** The target's own year (NaN: not stated), the year it is evaluated at, its milestone column. */
	targetYear: Float64Array;
	evaluatedYear: Float64Array;
	milestone: Int32Array;
	comparator: Uint8Array;
	value: Float64Array;
	/** NaN: null. */
	valueMax: Float64Array;
}

/** Series `from … to − 1` of `input`. */
export function packInput(input: EngineInput, from: number, to: number): PackedInput {
	const series = input.series.slice(from, to);
	const points = series.reduce((n, s) => n + s.points.length, 0);
	const targets = series.reduce((n, s) => n + s.targets.length, 0);
	const p: PackedInput = {
		series: series.length,
		regions: input.regions,
		options: input.options,
		region: new Int32Array(series.length),
		lo: new Float64Array(series.length),
		hi: new Float64Array(series.length),
		down: new Uint8Array(series.length),
		pointStart: new Int32Array(series.length + 1),
		years: new Float64Array(points),
		values: new Float64Array(points),
		targetStart: new Int32Array(series.length + 1),
		targetYear: new Float64Array(targets),
		evaluatedYear: new Float64Array(targets),
		milestone: new Int32Array(targets),
		comparator: new Uint8Array(targets),
		value: new Float64Array(targets),
		valueMax: new Float64Array(targets)
	};
	let point = 0;
	let target = 0;
	series.forEach((s, i) => {
		p.region[i] = s.region;
		p.lo[i] = s.traits.bounds.lo;
		p.hi[i] = s.traits.bounds.hi;
		p.down[i] = s.traits.direction === 'down' ? 1 : 0;
		p.pointStart[i] = point;
		for (const pt of s.points) {
			p.years[point] = pt.year;
			p.values[point++] = pt.value;
		}
		p.targetStart[i] = target;
		for (const t of s.targets) {
			p.targetYear[target] = t.spec.year ?? NaN;
			p.evaluatedYear[target] = t.year;
			p.milestone[target] = t.milestone;
			p.comparator[target] = COMPARATORS.indexOf(t.spec.comparator);
			p.value[target] = t.spec.value;
			p.valueMax[target++] = t.spec.valueMax ?? NaN;
		}
	});
	p.pointStart[series.length] = point;
	p.targetStart[series.length] = target;
	return p;
}

export function packedBuffers(p: PackedInput): ArrayBuffer[] {
	return [
		p.region,
		p.lo,
		p.hi,
		p.down,
		p.pointStart,
		p.years,
		p.values,
		p.targetStart,
		p.targetYear,
		p.evaluatedYear,
		p.milestone,
		p.comparator,
		p.value,
		p.valueMax
	].map((a) => a.buffer as ArrayBuffer);
}

/** The engine input again, in the engine's own shapes. */
export function unpackInput(p: PackedInput): EngineInput {
	const series: SeriesInput[] = [];
	let assessments = 0;
	for (let i = 0; i < p.series; i++) {
		const points: Point[] = [];
		for (let k = p.pointStart[i]!; k < p.pointStart[i + 1]!; k++)
			points.push({ year: p.years[k]!, value: p.values[k]! });
		const targets: SeriesInput['targets'] = [];
		for (let k = p.targetStart[i]!; k < p.targetStart[i + 1]!; k++) {
			const year = p.targetYear[k]!;
			const max = p.valueMax[k]!;
			targets.push({
				spec: {
					year: Number.isNaN(year) ? null : year,
					comparator: COMPARATORS[p.comparator[k]!] as Comparator,
					value: p.value[k]!,
					valueMax: Number.isNaN(max) ? null : max
				},
				year: p.evaluatedYear[k]!,
				milestone: p.milestone[k]!
			});
		}
		assessments += targets.length;
		series.push({
			region: p.region[i]!,
			points,
			traits: { bounds: { lo: p.lo[i]!, hi: p.hi[i]! }, direction: p.down[i] ? 'down' : 'up' },
			targets
		});
	}
	return {
		series,
		regions: p.regions,
		assessments,
		table: new AssessmentTable(assessments),
		options: p.options
	};
}

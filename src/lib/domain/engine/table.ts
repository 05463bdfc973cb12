/**
 * The batch path for the slider's hot loop: assessments written into one `Float64Array` that
 * lives across frames (a row per target × evaluated year), so re-assessing a whole scorecard
 * allocates nothing. Same rules and numbers as `assessTarget`: both run `evaluateInto`.
 * Accessors return null where `TargetAssessment` has null.
 */
import { comparedOf, evaluateInto, REG, REGISTER_COUNT } from './evaluate.ts';
import type { Projection } from './project.ts';
import {
	EVALUATIONS,
	STATUSES,
	type Anchor,
	type EngineOptions,
	type Evaluation,
	type Point,
	type Status,
	type TargetSpec
} from './types.ts';

/** Assessments of `size` rows, allocated once and overwritten by {@link assessInto}. */
export class AssessmentTable {
	readonly size: number;
	/** Row-major: row `i` occupies `[i·REGISTER_COUNT, (i + 1)·REGISTER_COUNT)`. */
	readonly data: Float64Array;

	constructor(size: number) {
		this.size = size;
		this.data = new Float64Array(size * REGISTER_COUNT);
	}

	probability(row: number): number | null {
		return this.read(row, REG.probability);
	}
	status(row: number): Status {
		return STATUSES[this.data[row * REGISTER_COUNT + REG.status]!]!;
	}
	projected(row: number): number | null {
		return this.read(row, REG.projected);
	}
	requiredRate(row: number): number | null {
		return this.read(row, REG.requiredRate);
	}
	requiredRateMax(row: number): number | null {
		return this.read(row, REG.requiredRateMax);
	}
	averageChange(row: number): number | null {
		return this.read(row, REG.averageChange);
	}
	evaluation(row: number): Evaluation {
		return EVALUATIONS[this.data[row * REGISTER_COUNT + REG.evaluation]!]!;
	}
	sigma(row: number): number | null {
		return this.read(row, REG.sigma);
	}
	compared(row: number): { from: Anchor; to: Anchor } | null {
		return comparedOf(this.data, row * REGISTER_COUNT);
	}
	margin(row: number): number | null {
		return this.read(row, REG.margin);
	}
	alreadyMet(row: number): boolean {
		return this.data[row * REGISTER_COUNT + REG.alreadyMet] === 1;
	}

	private read(row: number, slot: number): number | null {
		const x = this.data[row * REGISTER_COUNT + slot]!;
		return Number.isNaN(x) ? null : x;
	}
}

/** Assesses `target` at `evaluatedYear` into row `row` of `table` (see `assessTarget`). */
export function assessInto(
	table: AssessmentTable,
	row: number,
	projection: Projection,
	series: readonly Point[],
	target: TargetSpec,
	options: EngineOptions,
	evaluatedYear: number
): void {
	evaluateInto(
		table.data,
		row * REGISTER_COUNT,
		projection,
		series,
		target,
		options,
		evaluatedYear
	);
}

/** Shapes passed between presentational components. */
import type { ConflictNote, Observation, Target } from '../data/model.ts';

/** A request to show where one number comes from. */
export interface ProvenanceRequest {
	/** What the number is, e.g. `重庆市 · 高等教育毛入学率 · 2024`. */
	title: string;
	figure: Observation | Target;
	unit: string;
	/** Other values given for the same year by other sources. */
	conflicts?: readonly Observation[];
	/** A known disagreement between sources about this value. */
	disputed?: ConflictNote | null;
}

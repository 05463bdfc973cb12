/**
 * Projection methods as the scenario speaks of them, and which rates each accepts. Kept free of
 * zod and of the engine so that both the schema and the sliders can use it.
 */
import type { Bilingual } from '../data/issues.ts';

export const METHODS = ['hold', 'linear', 'compound', 'gap'] as const;
export type Method = (typeof METHODS)[number];

/** Why a rate cannot be used with a method, or null when it can. */
export function validRate(method: Method, rate: number): Bilingual | null {
	if (!Number.isFinite(rate))
		return { zh: '增长率必须是有限数值', en: 'the rate must be a finite number' };
	if (method === 'compound' && rate <= -1) {
		return {
			zh: `复合增长法的年增长率必须大于 -1（即 -100%），而不是 ${rate}`,
			en: `a compound rate must be above -1 (-100 % a year), not ${rate}`
		};
	}
	if (method === 'gap' && rate > 1) {
		return {
			zh: `缺口收敛法每年收敛的比例不能超过 1（即 100%），而不是 ${rate}`,
			en: `a gap-closing rate cannot exceed 1 (the whole gap in a year), not ${rate}`
		};
	}
	return null;
}

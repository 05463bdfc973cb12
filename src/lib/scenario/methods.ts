/**
 * Projection methods as the scenario speaks of them, and which rates each accepts. Kept free of
 * zod and of the engine so that both the schema and the sliders can use it.
 */
import type { Bilingual } from '../data/issues.ts';
import type { Method } from '../domain/vocabulary.ts';
import { assumptionMessage } from '../i18n/messages/assumption.ts';

export { METHODS, type Method } from '../domain/vocabulary.ts';

/** Why a rate cannot be used with a method, or null when it can. */
export function validRate(method: Method, rate: number): Bilingual | null {
	if (!Number.isFinite(rate)) return assumptionMessage('rate.notFinite');
	if (method === 'compound' && rate <= -1) return assumptionMessage('rate.compound', { rate });
	if (method === 'gap' && rate > 1) return assumptionMessage('rate.gap', { rate });
	return null;
}

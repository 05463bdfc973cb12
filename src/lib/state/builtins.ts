/**
 * The built-in scenarios (scenarios/*.json), each loaded and validated the first time it is
 * asked for (the schema comes with the first one).
 */
import type { Scenario } from '../scenario/schema.ts';

const BUILT_IN = import.meta.glob<unknown>('/scenarios/*.json', { import: 'default' });

/** The built-in scenarios by file name (`baseline`, `accelerated`, `stalled`). */
export const BUILT_IN_NAMES: readonly string[] = Object.keys(BUILT_IN).map((p) =>
	p.replace(/^.*\/|\.json$/g, '')
);

/** A built-in scenario by file name; null when there is none by that name. */
export async function builtInScenario(name: string): Promise<Scenario | null> {
	const load = BUILT_IN[`/scenarios/${name}.json`];
	if (!load) return null;
	const [{ parseScenarioValue }, value] = await Promise.all([
		import('../scenario/parse.ts'),
		load()
	]);
	const parsed = parseScenarioValue(value);
	return parsed.ok ? parsed.scenario : null;
}

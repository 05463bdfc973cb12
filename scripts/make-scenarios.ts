// Writes scenarios/baseline.json, accelerated.json and stalled.json from the built-in data.
// Run after the seed data changes: npx tsx scripts/make-scenarios.ts
import { writeFileSync } from 'node:fs';
import { builtInDataset, ROOT } from '../src/cli/seedFiles.ts';
import { builtInScenarios } from './scenarios/builtins.ts';

for (const [name, scenario] of Object.entries(builtInScenarios(builtInDataset()))) {
	writeFileSync(`${ROOT}scenarios/${name}.json`, `${JSON.stringify(scenario, null, '\t')}\n`);
	console.error(`scenarios/${name}.json: ${scenario.assumptions?.length ?? 0} assumptions`);
}

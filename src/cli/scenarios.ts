/** Scenario files for the command line: a path, or the name of a built-in scenario. */
import { existsSync } from 'node:fs';
import { InputError } from '../lib/data/issues.ts';
import { cliMessage } from '../lib/i18n/messages/cli.ts';
import { parseScenarioText } from '../lib/scenario/parse.ts';
import { SCENARIO_FILE_MAX_BYTES } from '../lib/scenario/limits.ts';
import type { Scenario } from '../lib/scenario/schema.ts';
import { readInput } from './io.ts';
import { ROOT } from './seedFiles.ts';

export const SCENARIO_DIR = `${ROOT}scenarios/`;

/** Read and validate a scenario file; `baseline` etc. name the built-in ones. */
export function loadScenario(pathOrName: string): Scenario {
	const builtIn = `${SCENARIO_DIR}${pathOrName}.json`;
	const path =
		!existsSync(pathOrName) && /^[\w-]+$/.test(pathOrName) && existsSync(builtIn)
			? builtIn
			: pathOrName;
	const text = new TextDecoder('utf-8').decode(readInput(path, SCENARIO_FILE_MAX_BYTES));
	const parsed = parseScenarioText(text);
	if (!parsed.ok) {
		const text = cliMessage('scenario.invalid', { path, reason: parsed.error });
		throw new InputError(text.zh, text.en);
	}
	return parsed.scenario;
}

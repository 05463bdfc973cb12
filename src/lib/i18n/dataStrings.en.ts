/** The English labels of the analyst's data (the Chinese ones are in dataStrings.ts). */
import type { zhData } from './dataStrings.ts';

export const enData: Record<keyof typeof zhData, string> = {
	'mydata.title': 'My data',
	'gap.open': 'Enter a value',
	'gap.openTitle': 'Enter an actual value for this target (with its source)',
	'score.entered': 'entered',
	'score.missing': 'data missing',
	'score.missingTitle': 'This verdict depends on data not imported here: {names}',
	'chart.entered': 'entered',
	'gaps.title': 'Data gaps'
};

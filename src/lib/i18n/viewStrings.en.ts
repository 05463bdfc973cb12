/** The English labels of the views of the comparison that the first screen shows. */
import type { zhViews } from './viewStrings.ts';

export const enViews: Record<keyof typeof zhViews, string> = {
	'views.label': 'Views of the comparison',
	'views.chart': 'Chart',
	'views.table': 'Table',
	'views.ranking': 'Ranking',
	'views.sources': 'Sources and definitions',
	'ref.fitted': 'Fitted trends (no assumptions)',
	'ref.against': 'Compared with: {name}',
	'ref.ghost': 'Faint dotted line: the projection under {name}',
	'ref.details': 'Compare scenarios…',
	'ref.clear': 'Compare with the fitted trends instead',
	'ref.current': 'Current scenario',
	'score.col.diff': 'vs "{name}"',
	'score.diffPoints': '{sign}{n} pt',
	'score.diffWas': 'was: {status}',
	'score.diffSame': 'same',
	'score.sourcesOf': 'Show the source ({n}): {what}',
	'stamp.line':
		'Scenario: {scenario} | assumptions: {assumptions} | verdicts as of {asOf} | exported {date}',
	'stamp.fitted': 'none (fitted trends)',
	'stamp.more': '{list} and others ({n} in all)',
	'stamp.baseline': 'baseline {year} = {value}',
	'stamp.colon': ': ',
	'stamp.join': '; '
};

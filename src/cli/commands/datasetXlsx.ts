/** `dataset --format xlsx --out FILE`: the dataset workbook ("数据 Data", sources, assumptions). */
import { InputError } from '../../lib/data/issues.ts';
import type { Dataset } from '../../lib/data/model.ts';
import { assumptionsSheet, datasetSheet, sourcesSheet } from '../../lib/export/workbook.ts';
import { rtBoth } from '../../lib/i18n/report.ts';
import { cliLang } from '../io.ts';
import { writeOut } from './output.ts';

/** Write the dataset workbook to `out` (required: a workbook is not written to a terminal). */
export async function writeDatasetWorkbook(
	dataset: Dataset,
	out: string | undefined
): Promise<void> {
	if (!out) {
		const m = rtBoth('cli.xlsxNeedOut');
		throw new InputError(m.zh, m.en);
	}
	const lang = cliLang();
	const { writeWorkbook } = await import('../../lib/export/xlsx.ts');
	writeOut(
		out,
		writeWorkbook([
			datasetSheet(dataset, lang),
			sourcesSheet(dataset, lang),
			assumptionsSheet(dataset, new Map(), lang)
		])
	);
}

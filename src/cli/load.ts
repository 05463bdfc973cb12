/** The dataset a command works on: the built-in data plus each `--data` file. */
import type { Dataset } from '../lib/data/model.ts';
import { builtInDataset } from './seedFiles.ts';
import { importFile } from './importFile.ts';

export async function loadData(files: readonly string[]): Promise<Dataset> {
	let dataset = builtInDataset();
	for (const path of files) dataset = (await importFile(path, dataset)).dataset;
	return dataset;
}

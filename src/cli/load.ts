/** The dataset a command works on: the built-in data plus each `--data` file. */
import type { Dataset } from '../lib/data/model.ts';
import { builtInDataset } from './seedFiles.ts';
import { importFile, type FileOptions } from './importFile.ts';

/** The built-in dataset (or `start`) with each file imported on top, in order. */
export async function loadData(
	files: readonly string[],
	start: Dataset = builtInDataset(),
	options: FileOptions = {}
): Promise<Dataset> {
	let dataset = start;
	for (const path of files) dataset = (await importFile(path, dataset, options)).dataset;
	return dataset;
}

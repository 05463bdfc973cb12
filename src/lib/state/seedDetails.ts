/** The seed data's provenance details, loaded the first time something needs them. */
import { loadSeedDataset } from 'virtual:seed-dataset';
import { DetailsLookup } from '../data/seedSplit.ts';

let loading: Promise<DetailsLookup> | null = null;

export function loadSeedDetails(): Promise<DetailsLookup> {
	loading ??= Promise.all([loadSeedDataset(), import('virtual:seed-details')]).then(
		([core, details]) => new DetailsLookup(core, details.default)
	);
	return loading;
}

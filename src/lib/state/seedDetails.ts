/** The seed data's provenance details, loaded the first time something needs them. */
import seedCore from 'virtual:seed-dataset';
import { DetailsLookup } from '../data/seedSplit.ts';

let loading: Promise<DetailsLookup> | null = null;

export function loadSeedDetails(): Promise<DetailsLookup> {
	loading ??= import('virtual:seed-details').then((m) => new DetailsLookup(seedCore, m.default));
	return loading;
}

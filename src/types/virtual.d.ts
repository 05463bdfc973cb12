declare module 'virtual:seed-dataset' {
	import type { Dataset } from '../lib/data/model.ts';
	/** The built-in dataset's core, loaded once: every call gives the same object. */
	export function loadSeedDataset(): Promise<Dataset>;
}

declare module 'virtual:seed-details' {
	import type { SeedDetails } from '../lib/data/seedSplit.ts';
	const details: SeedDetails;
	export default details;
}

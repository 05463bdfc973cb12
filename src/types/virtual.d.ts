declare module 'virtual:seed-dataset' {
	import type { Dataset } from '../lib/data/model.ts';
	const dataset: Dataset;
	export default dataset;
}

declare module 'virtual:seed-details' {
	import type { SeedDetails } from '../lib/data/seedSplit.ts';
	const details: SeedDetails;
	export default details;
}

declare module 'virtual:seed-dataset' {
	import type { Dataset } from '../lib/data/model.ts';
	const dataset: Dataset;
	export default dataset;
}

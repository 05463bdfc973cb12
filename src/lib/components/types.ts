/** Shapes passed between presentational components. */
export type { ProvenanceRequest } from '../state/provenance.svelte.ts';

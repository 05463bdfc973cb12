/**
 * What the page and a batch worker say to each other (./batchPool.ts, ./batchWorker.ts): a share
 * of the runner's input, once per dataset; then, per global change, the settings and the
 * share's assumptions, answered by the share's register table. The worker's side is a plain
 * function of its messages, so that it also runs without a worker.
 */
import { assessAll, rowLayout, type RowLayout } from './batch.ts';
import { unpackAssumption, type PackedAssumptions } from './packedAssumptions.ts';
import type { BatchInput } from './entries.ts';
import { settingsKey, type RunSettings } from './settings.ts';

export type BatchRequest =
	| { type: 'load'; id: number; share: BatchInput }
	| { type: 'assess'; id: number; settings: RunSettings; assumptions: PackedAssumptions };

export type BatchReply =
	| { type: 'loaded'; id: number }
	| { type: 'done'; id: number; data: Float64Array; ms: number }
	| { type: 'error'; id: number; message: string };

/** A worker's state: the share it holds, and its rows under the settings it last assessed. */
export interface BatchState {
	share: BatchInput | null;
	layout?: { key: string; rows: RowLayout };
}

/** The worker's answer to one message, and the buffers it moves back. */
export function answer(
	state: BatchState,
	request: BatchRequest
): { reply: BatchReply; transfer: ArrayBuffer[] } {
	try {
		if (request.type === 'load') {
			state.share = request.share;
			state.layout = undefined;
			return { reply: { type: 'loaded', id: request.id }, transfer: [] };
		}
		const share = state.share;
		if (!share) throw new Error('no share loaded');
		const t0 = performance.now();
		const key = settingsKey(request.settings);
		if (state.layout?.key !== key) state.layout = { key, rows: rowLayout(share, request.settings) };
		const layout = state.layout.rows;
		const data = assessAll(share, layout, request.assumptions, request.settings);
		const ms = performance.now() - t0;
		return {
			reply: { type: 'done', id: request.id, data, ms },
			transfer: [data.buffer as ArrayBuffer]
		};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { reply: { type: 'error', id: request.id, message }, transfer: [] };
	}
}

export { unpackAssumption };

/**
 * A worker that holds a share of the engine's input and re-assesses it on request (the
 * benchmark of re-assessing off the main thread, split over the machine's cores).
 */
import type { Assumption } from '../../src/lib/domain/engine/index.ts';
import { reassess, type EngineInput } from './engine.ts';
import { unpackInput, type PackedInput } from './packed.ts';

export type ReassessRequest =
	{ type: 'load'; input: PackedInput } | { type: 'reassess'; assumption: Assumption };
export type ReassessReply =
	{ type: 'ready' } | { type: 'done'; expected: Float64Array; ms: number };

const scope = self as unknown as {
	postMessage(message: ReassessReply, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ReassessRequest>) => void) | null;
};

let input: EngineInput | null = null;
let expected = new Float64Array(0);

scope.onmessage = (event) => {
	const message = event.data;
	if (message.type === 'load') {
		input = unpackInput(message.input);
		expected = new Float64Array(input.regions * input.options.milestones.length);
		scope.postMessage({ type: 'ready' });
	} else if (input) {
		const start = performance.now();
		reassess(input, message.assumption, expected);
		const ms = performance.now() - start;
		// A copy goes back (the worker keeps its own array for the next run).
		const copy = expected.slice();
		scope.postMessage({ type: 'done', expected: copy, ms }, [copy.buffer]);
	}
};

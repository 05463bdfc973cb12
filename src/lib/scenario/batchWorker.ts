/**
 * A batch worker (started by ./batchPool.ts): holds a share of a runner's input and re-assesses
 * it on request (./batchProtocol.ts).
 */
import { answer, type BatchRequest, type BatchState } from './batchProtocol.ts';

const scope = self as unknown as {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<BatchRequest>) => void) | null;
};
const state: BatchState = { share: null };

scope.onmessage = (event) => {
	const { reply, transfer } = answer(state, event.data);
	scope.postMessage(reply, transfer);
};

/**
 * The Web Worker that runs the import pipeline off the page's main thread: an
 * {@link ImportService} exposed through comlink (started by `connectImporter` as a module
 * worker). The buffers of each part of figures are moved to the page, not copied.
 */
import { expose, transfer } from 'comlink';
import { partBuffers } from './parts.ts';
import { ImportService } from './service.ts';

const service = new ImportService();

/** The service's calls, with `part` moving its buffers. */
const exposed: Pick<ImportService, 'read' | 'review' | 'prepare' | 'part' | 'clear'> = {
	read: (...args) => service.read(...args),
	review: (mapping) => service.review(mapping),
	prepare: (mapping) => service.prepare(mapping),
	part: (i) => {
		const part = service.part(i);
		return transfer(part, partBuffers(part));
	},
	clear: () => service.clear()
};
expose(exposed);

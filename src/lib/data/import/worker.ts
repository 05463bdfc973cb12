/**
 * The Web Worker that runs the import pipeline off the page's main thread: an
 * {@link ImportService} exposed through comlink. Started by `connectImporter` as a module worker.
 */
import { expose } from 'comlink';
import { ImportService } from './service.ts';

expose(new ImportService());

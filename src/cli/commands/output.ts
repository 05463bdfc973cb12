/** Writing a command's result to the file named by `--out`. */
import { writeFileSync } from 'node:fs';
import { InputError } from '../../lib/data/issues.ts';
import { rtBoth } from '../../lib/i18n/report.ts';
import { log, say } from '../io.ts';

/** Write a file and say so on stderr, or say in one sentence why it cannot be written. */
export function writeOut(path: string, bytes: Uint8Array | string): void {
	try {
		writeFileSync(path, bytes);
	} catch {
		const m = rtBoth('cli.cannotWrite', { path });
		throw new InputError(m.zh, m.en);
	}
	const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
	log(say(rtBoth('cli.wrote', { path, kb: Math.max(1, Math.round(size / 1024)) })));
}

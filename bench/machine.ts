/** The machine the figures were taken on. */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
	date: string;
	cores: number;
	cpu: string;
	memoryGB: number;
	os: string;
	node: string;
	chromium: string | null;
	/** The 1-minute load average when the figures were taken (other work on the machine shows here). */
	loadAverage: number;
}

function read(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}

export function machine(chromium: string | null = null): Machine {
	const cpuinfo = read('/proc/cpuinfo');
	const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
	const debian = read('/etc/debian_version').trim();
	return {
		date: new Date().toISOString(),
		cores: availableParallelism(),
		cpu,
		memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		os: debian ? `Debian ${debian}` : process.platform,
		node: process.version,
		chromium,
		loadAverage: Math.round(loadavg()[0]! * 100) / 100
	};
}

/** How the command line talks: results on stdout, everything else on stderr. */
import { readFileSync } from 'node:fs';
import { InputError, type Bilingual } from '../lib/data/issues.ts';
import { cliMessage } from '../lib/i18n/messages/cli.ts';

/** Messages in Chinese unless MUBIAO_LANG (or, without it, LANG) asks for English. */
export function cliLang(): 'zh' | 'en' {
	const chosen = process.env.MUBIAO_LANG ?? '';
	if (/^en/i.test(chosen)) return 'en';
	if (/^zh/i.test(chosen)) return 'zh';
	return /^en/i.test(process.env.LANG ?? '') ? 'en' : 'zh';
}

export function say(message: Bilingual): string {
	return message[cliLang()];
}

export function out(text: string): void {
	process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function log(text: string): void {
	process.stderr.write(`${text}\n`);
}

/** A file's bytes, or one sentence saying it cannot be read. */
export function readInput(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch {
		const text = cliMessage('file.unreadable', { path });
		throw new InputError(text.zh, text.en);
	}
}

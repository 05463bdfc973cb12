/**
 * How the command line talks: results on stdout, everything else on stderr. What comes from
 * data is never written to a terminal with its control characters (a region name can hold the
 * escape sequence that clears the screen), and a stdout that cannot be written ends the command
 * with one sentence.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, type Bilingual } from '../lib/data/issues.ts';
import { LIMITS, megabytes } from '../lib/data/limits.ts';
import { importMessage as m } from '../lib/i18n/import.ts';

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

let guarded = false;

/**
 * A write error on stdout (EPIPE when the reader stops early, ENOSPC on a full disk) arrives as
 * an event after the write: end with one sentence and exit code 1 instead of a stack trace.
 */
function guardStdout(): void {
	if (guarded) return;
	guarded = true;
	process.stdout.prependListener('error', (error: NodeJS.ErrnoException) => {
		process.stderr.write(`${say(m('cli.output', { code: error.code ?? error.message }))}\n`);
		process.exit(1);
	});
}

export function out(text: string): void {
	guardStdout();
	process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * A message on stderr. Messages quote names and file contents (a scenario file's first bytes, a
 * region name), so no control character in them reaches the terminal raw.
 */
export function log(text: string): void {
	process.stderr.write(`${terminalText(text, true)}\n`);
}

/**
 * Text for stdout that quotes data: exact into a file or a pipe, and on a terminal with every
 * control character from data shown instead of acted on.
 */
export function outText(text: string): void {
	out(toTerminal() ? terminalText(text, true) : text);
}

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** Control characters (C0, DEL, C1) and the bidirectional overrides that reorder a terminal line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but line breaks and tabs kept (text whose lines are its own). */
const CONTROL_IN_LINES =
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/**
 * Text from data, made safe for a terminal: control characters shown as `\x1b`, `\u202e`.
 * With `lines`, line breaks and tabs stay (a CSV printed to a terminal).
 */
export function terminalText(s: string, lines = false): string {
	return s.replace(lines ? CONTROL_IN_LINES : CONTROL, (c) => {
		const code = c.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
	});
}

/**
 * JSON text with the characters JSON leaves raw but a terminal acts on (C1, bidirectional
 * overrides) written as `\u` escapes: the same JSON value, safe to print.
 */
export function jsonText(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(
		/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** Whether stdout is a terminal (output for a person, not a file or a pipe). */
export function toTerminal(): boolean {
	return process.stdout.isTTY === true;
}

/**
 * A file's bytes, or one sentence saying why it cannot be read: missing or unreadable, a
 * directory, not a regular file (a device such as /dev/zero, a pipe: no end, or no length),
 * or larger than `limit`.
 */
export function readInput(path: string, limit: number = LIMITS.fileBytes): Uint8Array {
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) throw InputError.from(m('cli.directory', { path }));
		if (!stat.isFile()) throw InputError.from(m('cli.notRegular', { path }));
		size = stat.size;
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw InputError.from(m('cli.unreadable', { path }));
	}
	if (size > limit)
		throw InputError.from(
			m('cli.tooLarge', { path, size: megabytes(size), limit: megabytes(limit) })
		);
	try {
		const bytes = readFileSync(path);
		if (bytes.length > limit)
			throw InputError.from(
				m('cli.tooLarge', { path, size: megabytes(bytes.length), limit: megabytes(limit) })
			);
		return bytes;
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw InputError.from(m('cli.unreadable', { path }));
	}
}

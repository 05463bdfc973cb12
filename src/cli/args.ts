/** A small argument reader: `command positional… --flag value… --switch`. */
import { InputError } from '../lib/data/issues.ts';
import { cliMessage } from '../lib/i18n/messages/cli.ts';

export interface Args {
	command: string;
	positionals: string[];
	/** Every value given for each option (`--data a b --data c` → data: [a, b, c]). */
	options: Map<string, string[]>;
	/** Options given without the value they need (reported once the command is known). */
	missingValue?: ReadonlySet<string>;
}

const fail = (...m: Parameters<typeof cliMessage>) => {
	const text = cliMessage(...m);
	return new InputError(text.zh, text.en);
};

/** Options that take several values (`--data a.csv b.csv`). */
const MULTI = new Set(['data']);
/** Options that take no value. */
const SWITCHES = new Set(['json', 'help', 'no-builtin']);

export function parseArgs(argv: readonly string[]): Args {
	const [command = 'help', ...rest] = argv;
	const positionals: string[] = [];
	const options = new Map<string, string[]>();
	const missingValue = new Set<string>();
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] as string;
		if (!arg.startsWith('--')) {
			positionals.push(arg);
			continue;
		}
		const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
		const values = options.get(name) ?? [];
		options.set(name, values);
		if (SWITCHES.has(name)) {
			values.push('true');
			continue;
		}
		if (inline !== undefined) {
			values.push(inline);
			continue;
		}
		const start = i;
		while (i + 1 < rest.length && !(rest[i + 1] as string).startsWith('--')) {
			values.push(rest[++i] as string);
			if (!MULTI.has(name)) break;
		}
		if (i === start) missingValue.add(name);
	}
	return { command, positionals, options, missingValue };
}

/** The single value of an option, checked against the allowed values. */
export function option<T extends string>(
	args: Args,
	name: string,
	allowed: readonly T[],
	fallback: T
): T {
	const values = args.options.get(name);
	if (!values || values.length === 0) return fallback;
	const v = values[values.length - 1] as string;
	if (!(allowed as readonly string[]).includes(v)) {
		const list = { zh: allowed.join('、'), en: allowed.join(', ') };
		throw fail('option.notAllowed', { name, allowed: list, value: v });
	}
	return v as T;
}

/** An example value for an option, for the sentence that asks for one. */
const EXAMPLE: Readonly<Record<string, string>> = {
	format: 'json',
	scenario: 'baseline',
	data: 'data.csv',
	region: '重庆市',
	indicator: '高等教育毛入学率',
	out: 'out.xlsx',
	sheet: '1',
	encoding: 'gbk'
};

/**
 * Refuse options a command does not know (a typo should not be silently ignored), then options
 * given without their value.
 */
export function onlyOptions(args: Args, known: readonly string[]): void {
	for (const name of args.options.keys()) {
		if (!known.includes(name)) throw fail('option.unknown', { command: args.command, name });
	}
	for (const name of args.missingValue ?? []) {
		throw fail('option.noValue', { name, example: EXAMPLE[name] ?? '…' });
	}
}

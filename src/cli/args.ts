/** A small argument reader: `command positional… --flag value… --switch`. */
import { InputError } from '../lib/data/issues.ts';

export interface Args {
	command: string;
	positionals: string[];
	/** Every value given for each option (`--data a b --data c` → data: [a, b, c]). */
	options: Map<string, string[]>;
}

/** Options that take several values (`--data a.csv b.csv`). */
const MULTI = new Set(['data']);
/** Options that take no value. */
const SWITCHES = new Set(['json', 'help', 'no-builtin']);

export function parseArgs(argv: readonly string[]): Args {
	const [command = 'help', ...rest] = argv;
	const positionals: string[] = [];
	const options = new Map<string, string[]>();
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
		if (i === start)
			throw new InputError(`选项 --${name} 缺少取值。`, `Option --${name} needs a value.`);
	}
	return { command, positionals, options };
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
		throw new InputError(
			`--${name} 只能是 ${allowed.join('、')}，而不是“${v}”。`,
			`--${name} must be one of ${allowed.join(', ')}, not "${v}".`
		);
	}
	return v as T;
}

/** Refuse options a command does not know (a typo should not be silently ignored). */
export function onlyOptions(args: Args, known: readonly string[]): void {
	for (const name of args.options.keys()) {
		if (!known.includes(name)) {
			throw new InputError(
				`命令 ${args.command} 不认识选项 --${name}。`,
				`The ${args.command} command has no option --${name}.`
			);
		}
	}
}

/**
 * mubiao's command line: `npm run --silent cli -- <command> [options]`.
 * Results go to stdout, messages to stderr; exit 2 with one sentence on a user mistake.
 */
import { pathToFileURL } from 'node:url';
import { InputError } from '../lib/data/issues.ts';
import { cliMessage } from '../lib/i18n/messages/cli.ts';
import { parseArgs, type Args } from './args.ts';
import { assessCommand } from './commands/assess.ts';
import { datasetCommand } from './commands/dataset.ts';
import { extractCommand } from './commands/extract.ts';
import { importCommand } from './commands/import.ts';
import { reportCommand } from './commands/report.ts';
import { log, out, say } from './io.ts';

type Command = (args: Args) => Promise<void>;

const COMMANDS = {
	dataset: datasetCommand,
	assess: assessCommand,
	report: reportCommand,
	import: importCommand,
	extract: extractCommand
} satisfies Record<string, Command>;
type CommandName = keyof typeof COMMANDS;
const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

function usage(): string {
	const lines = (Object.keys(COMMANDS) as CommandName[]).map(
		(c) => `  ${say(cliMessage(`usage.${c}`))}`
	);
	return `${say(cliMessage('usage'))}\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args.command === 'help' || args.command === '--help' || args.options.has('help')) {
		out(usage());
		return 0;
	}
	if (!isCommand(args.command)) {
		const text = cliMessage('command.unknown', { name: args.command, usage: usage() });
		throw new InputError(text.zh, text.en);
	}
	await COMMANDS[args.command](args);
	return 0;
}

/**
 * Run one command line and give its exit code: 0 done, 2 a user mistake (one sentence on
 * stderr, no stack), 1 anything else. Results go to stdout, messages to stderr.
 */
export async function runCli(argv: string[]): Promise<number> {
	try {
		return await main(argv);
	} catch (error) {
		if (error instanceof InputError) {
			log(say(error.bilingual));
			return 2;
		}
		log(error instanceof Error ? (error.stack ?? error.message) : String(error));
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	// A reader that stops early (`| head`) is not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	void runCli(process.argv.slice(2)).then((code) => {
		process.exitCode = code;
	});
}

/**
 * mubiao's command line: `npm run --silent cli -- <command> [options]`.
 * Results go to stdout, messages to stderr; exit 2 with one sentence on a user mistake.
 */
import { pathToFileURL } from 'node:url';
import { InputError } from '../lib/data/issues.ts';
import { parseArgs, type Args } from './args.ts';
import { assessCommand } from './commands/assess.ts';
import { benchCommand } from './commands/bench.ts';
import { datasetCommand } from './commands/dataset.ts';
import { extractCommand } from './commands/extract.ts';
import { importCommand } from './commands/import.ts';
import { cliLang, log, out, say } from './io.ts';

type Command = (args: Args) => Promise<void>;

const COMMANDS: Record<string, { run: Command; zh: string; en: string }> = {
	dataset: {
		run: datasetCommand,
		zh: 'dataset [--data 文件…] [--region 地区] [--indicator 指标] [--sheet 表] [--encoding 编码] [--format csv|json]   输出全部数据（内置数据与导入文件）',
		en: 'dataset [--data FILE…] [--region R] [--indicator I] [--sheet S] [--encoding E] [--format csv|json]  print the whole loaded dataset'
	},
	assess: {
		run: assessCommand,
		zh: 'assess [--scenario 文件] [--data 文件…] [--format json|table] [--no-builtin]   预测并研判每个目标',
		en: 'assess [--scenario FILE] [--data FILE…] [--format json|table] [--no-builtin]  project and assess every target'
	},
	import: {
		run: importCommand,
		zh: 'import 文件 [--region 地区] [--indicator 指标] [--sheet 表] [--encoding 编码] [--format json|text]   读取数据文件（CSV、TSV、.xlsx、.xls、.ods）并输出导入报告（不改变内置数据）',
		en: 'import FILE [--region R] [--indicator I] [--sheet S] [--encoding E] [--format json|text]  read a data file (CSV, TSV, .xlsx, .xls, .ods) and print the import report'
	},
	bench: {
		run: benchCommand,
		zh: 'bench [--json] [--only 部分,…]              性能测量（会构建应用并驱动无头 Chromium）',
		en: 'bench [--json] [--only PART,…]             performance figures (builds the app, drives headless Chromium)'
	},
	extract: {
		run: extractCommand,
		zh: 'extract 文件 [--format json|csv]            从政策文本（UTF-8 或 GBK）中提取目标与统计数',
		en: 'extract FILE [--format json|csv]           find targets and figures in a policy text (UTF-8 or GBK)'
	}
};

function usage(): string {
	const lines = Object.values(COMMANDS).map((c) => `  ${c[cliLang()]}`);
	return cliLang() === 'zh'
		? `用法：npm run --silent cli -- <命令> [选项]\n${lines.join('\n')}`
		: `Usage: npm run --silent cli -- <command> [options]\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args.command === 'help' || args.command === '--help' || args.options.has('help')) {
		out(usage());
		return 0;
	}
	const command = COMMANDS[args.command];
	if (!command) {
		throw new InputError(
			`未知命令“${args.command}”。\n${usage()}`,
			`Unknown command "${args.command}".\n${usage()}`
		);
	}
	await command.run(args);
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

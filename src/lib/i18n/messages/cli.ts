/** What the command line says: its usage and its mistakes, each with what to do. */
import { messages } from '../bilingual.ts';

export const cliMessage = messages({
	usage: {
		zh: '用法：npm run --silent cli -- <命令> [选项]',
		en: 'Usage: npm run --silent cli -- <command> [options]'
	},
	'usage.dataset': {
		zh: 'dataset [--data 文件…] [--region 地区] [--indicator 指标] [--sheet 表] [--encoding 编码] [--format csv|json|xlsx] [--out 文件]   输出全部数据（内置数据与导入文件）',
		en: 'dataset [--data FILE…] [--region R] [--indicator I] [--sheet S] [--encoding E] [--format csv|json|xlsx] [--out FILE]  print the whole loaded dataset'
	},
	'usage.assess': {
		zh: 'assess [--scenario 文件] [--data 文件…] [--format json|table] [--no-builtin]   预测并研判每个目标',
		en: 'assess [--scenario FILE] [--data FILE…] [--format json|table] [--no-builtin]  project and assess every target'
	},
	'usage.report': {
		zh: 'report [--region 地区] [--scenario 文件] [--data 文件…] [--format docx|md] [--out 文件]   写出地区的研判报告（Markdown 或 Word）',
		en: 'report [--region R] [--scenario FILE] [--data FILE…] [--format docx|md] [--out FILE]  write the briefing of a region (Markdown or Word)'
	},
	'usage.import': {
		zh: 'import 文件 [--region 地区] [--indicator 指标] [--sheet 表] [--encoding 编码] [--format json|text]   读取数据文件（CSV、TSV、.xlsx、.xls、.ods）并输出导入报告（不改变内置数据）',
		en: 'import FILE [--region R] [--indicator I] [--sheet S] [--encoding E] [--format json|text]  read a data file (CSV, TSV, .xlsx, .xls, .ods) and print the import report'
	},
	'usage.extract': {
		zh: 'extract 文件 [--format json|csv]            从政策文本（UTF-8 或 GBK）中提取目标与统计数',
		en: 'extract FILE [--format json|csv]           find targets and figures in a policy text (UTF-8 or GBK)'
	},
	'command.unknown': {
		zh: '未知命令“{name}”：可用的命令见下。\n{usage}',
		en: 'Unknown command "{name}": the commands are listed below.\n{usage}'
	},
	'option.unknown': {
		zh: '命令 {command} 没有选项 --{name}：请检查拼写，或用 --help 查看可用选项。',
		en: 'The {command} command has no option --{name}: check the spelling, or see --help.'
	},
	'option.noValue': {
		zh: '选项 --{name} 缺少取值：请在它后面写上取值，例如 --{name} {example}。',
		en: 'Option --{name} needs a value after it, e.g. --{name} {example}.'
	},
	'option.notAllowed': {
		zh: '--{name} 只能是 {allowed} 之一，而不是“{value}”。',
		en: '--{name} must be one of {allowed}, not "{value}".'
	},
	'file.unreadable': {
		zh: '无法读取文件：{path}（请检查路径和读取权限）。',
		en: 'Cannot read the file {path}: check the path and that it can be read.'
	},
	'scenario.invalid': { zh: '{path}：{reason}', en: '{path}: {reason}' },
	'assess.title': {
		zh: '情景：{name}（研判基准年 {asOf}）',
		en: 'Scenario: {name} (as of {asOf})'
	},
	'assess.header': {
		zh: '地区|指标|目标|年份|起点|比较值|方式|速率±σ|所需速率|达成概率|研判|依据|UN进展|OpenSDG',
		en: 'Region|Indicator|Target|Year|Anchor|Compared|How|Rate±σ|Required|P(met)|Verdict|Basis|UN|Open SDG'
	}
});

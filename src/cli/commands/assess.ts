/** `assess [--scenario FILE] [--data FILE…] [--format json|table] [--no-builtin]`. */
import { EMPTY_DATASET } from '../../lib/data/model.ts';
import { applyScenario } from '../../lib/scenario/apply.ts';
import { assessReport, type AssessReport } from '../../lib/scenario/report.ts';
import { DEFAULT_HORIZON, DEFAULT_MILESTONES, ScenarioRunner } from '../../lib/scenario/run.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { log, out, say } from '../io.ts';
import { loadData } from '../load.ts';
import { loadScenario } from '../scenarios.ts';
import { textTable } from '../table.ts';

const STATUS_ZH: Record<string, string> = {
	met: '已达成',
	missed: '未达成',
	'on-track': '有望达成',
	'at-risk': '存在风险',
	'off-track': '难以达成',
	'no-data': '无数据'
};
const UN_ZH: Record<string, string> = {
	achieved: '已实现',
	'on-track': '进展顺利',
	'fair-progress': '需加快',
	'stagnation-regression': '停滞或倒退',
	'insufficient-data': '数据不足'
};
const SDG_ZH: Record<string, string> = {
	'on-track': '进展顺利',
	'acceleration-needed': '需加快',
	'limited-progress': '进展有限',
	deterioration: '恶化',
	'insufficient-data': '数据不足'
};
const CMP_ZH: Record<string, string> = {
	'>=': '≥',
	'>': '>',
	'<=': '≤',
	'<': '<',
	range: '',
	'rate<=': '年均变化≤',
	'rate>=': '年均变化≥'
};

const num = (v: number | null | undefined, digits = 2): string =>
	v === null || v === undefined || !Number.isFinite(v) ? '—' : String(Number(v.toFixed(digits)));
const pct = (p: number | null): string => (p === null ? '—' : `${(p * 100).toFixed(1)}%`);

/** The report as a table to paste into a document (Chinese headers). */
export function reportTable(report: AssessReport): string {
	const rows = report.results.map((r) => [
		r.region,
		r.indicator,
		r.comparator === 'range'
			? `${num(r.value)}–${num(r.valueMax)}${r.unit}`
			: `${CMP_ZH[r.comparator] ?? r.comparator}${num(r.value)}${r.unit}`,
		r.year === null ? `未注明(${r.evaluatedYear})` : String(r.evaluatedYear),
		r.anchor
			? `${num(r.anchor.value)}（${r.anchor.year}${r.anchor.assumed ? '，假设' : ''}）`
			: '—',
		num(r.projected),
		`${num(r.rate, 3)}±${num(r.sigma, 3)}`,
		num(r.requiredRate, 3),
		pct(r.probability),
		STATUS_ZH[r.status] ?? r.status,
		UN_ZH[r.un.status] ?? r.un.status,
		SDG_ZH[r.openSdg.status] ?? r.openSdg.status
	]);
	const header = [
		'地区',
		'指标',
		'目标',
		'年份',
		'基准值',
		'预测值',
		'假设速率',
		'所需速率',
		'达成概率',
		'研判',
		'UN进展',
		'OpenSDG'
	];
	const table = textTable(header, rows, new Set([5, 6, 7, 8]));
	const headline = report.composite
		.filter((c) => c.count > 0)
		.map(
			(c) =>
				`${c.region} ${c.milestone}年：预计达成 ${c.expectedMet.toFixed(1)} / ${c.count} 项（有望 ${c.onTrack}，风险 ${c.atRisk}，困难 ${c.offTrack}，已达成 ${c.met}，未达成 ${c.missed}，无数据 ${c.noData}）`
		);
	return `情景：${report.scenario}\n\n${table}\n\n${headline.join('\n')}`;
}

export async function assessCommand(args: Args): Promise<void> {
	onlyOptions(args, ['scenario', 'data', 'format', 'no-builtin']);
	const format = option(args, 'format', ['json', 'table'] as const, 'json');
	const scenarioPath = args.options.get('scenario')?.at(-1) ?? 'baseline';
	const scenario = loadScenario(scenarioPath);
	const withBuiltIn = !args.options.has('no-builtin');
	const files = args.options.get('data') ?? [];
	const base = withBuiltIn ? await loadData(files) : await loadData(files, EMPTY_DATASET);
	const applied = applyScenario(base, scenario);
	for (const w of applied.warnings) log(say(w));
	for (const i of applied.issues) log(`${i.row}: ${say(i.message)}`);
	const settings = {
		...(scenario.baseYear !== undefined ? { baseYear: scenario.baseYear } : {}),
		horizon: scenario.horizon ?? DEFAULT_HORIZON,
		milestones: scenario.milestones ?? DEFAULT_MILESTONES
	};
	const run = new ScenarioRunner(applied.dataset).run(applied.assumptions, settings);
	const report = assessReport(scenario.name, applied.dataset, run, settings);
	out(format === 'json' ? JSON.stringify(report, null, 2) : reportTable(report));
}

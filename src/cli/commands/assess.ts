/** `assess [--scenario FILE] [--data FILE…] [--format json|table] [--no-builtin]`. */
import { EMPTY_DATASET } from '../../lib/data/model.ts';
import { applyScenario } from '../../lib/scenario/apply.ts';
import { assessReport, type AssessReport } from '../../lib/scenario/report.ts';
import { ScenarioRunner, type RunResult } from '../../lib/scenario/run.ts';
import { runSettings } from '../../lib/scenario/settings.ts';
import type { Comparator } from '../../lib/data/model.ts';
import type { Lang } from '../../lib/i18n/format.ts';
import { loadLang, translate, type StringKey } from '../../lib/i18n/strings.ts';
import { basisPhrase, comparedPhrase, headlinePhrase } from '../../lib/i18n/verdict.ts';
import { cliMessage } from '../../lib/i18n/messages/cli.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { cliLang, jsonText, log, out, outText, say } from '../io.ts';
import { loadData } from '../load.ts';
import { loadScenario } from '../scenarios.ts';
import { textTable } from '../table.ts';

const num = (v: number | null | undefined, digits = 2): string =>
	v === null || v === undefined || !Number.isFinite(v) ? '—' : String(Number(v.toFixed(digits)));
const pct = (p: number | null): string => (p === null ? '—' : `${(p * 100).toFixed(1)}%`);

/** The report as a table to paste into a document (headers in the command line's language). */
export function reportTable(report: AssessReport, run: RunResult, lang: Lang): string {
	const t = (key: StringKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const rows = report.results.map((r, i) => {
		const a = run.results[i]!.assessment;
		const target =
			r.comparator === 'range'
				? `${num(r.value)}–${num(r.valueMax)}${r.unit}`
				: `${t(`cmp.${r.comparator as Comparator}`)}${num(r.value)}${r.unit}`;
		const revised = r.revisions.map((v) =>
			t('target.revised', { value: `${num(v.value)}${r.unit}` })
		);
		return [
			r.region,
			r.indicator,
			[target, ...revised].join(' '),
			r.year === null ? t('target.judgedAt', { year: r.evaluatedYear }) : String(r.evaluatedYear),
			r.anchor
				? `${num(r.anchor.value)}（${r.anchor.year}${r.anchor.assumed ? `，${t('assume.assumed')}` : ''}）`
				: '—',
			num(r.projected),
			comparedPhrase(a, lang),
			r.anchor ? `${num(r.rate, 3)}±${num(r.sigma, 3)}` : '—',
			num(r.requiredRate, 3),
			pct(r.probability),
			t(`status.${r.status}`),
			basisPhrase(a, lang, r.method === 'hold'),
			t(`un.${r.un.status}`),
			t(`sdg.${r.openSdg.status}`)
		];
	});
	const header = cliMessage('assess.header')[lang].split('|');
	const table = textTable(header, rows, new Set([5, 7, 8, 9]));
	const idx = new Map(report.composite.map((c, i) => [c, run.composite[i]!]));
	const headline = report.composite
		.filter((c) => c.count > 0)
		.map((c) => `${c.region} ${headlinePhrase(idx.get(c)!, lang)}`);
	const title = cliMessage('assess.title', { name: report.scenario, asOf: report.asOf })[lang];
	return `${title}\n\n${table}\n\n${headline.join('\n')}`;
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
	const settings = runSettings(scenario);
	const run = new ScenarioRunner(applied.dataset).run(applied.assumptions, settings);
	const report = assessReport(scenario.name, applied.dataset, run, settings);
	const lang = cliLang();
	await loadLang(lang);
	if (format === 'json') out(jsonText(report));
	else outText(reportTable(report, run, lang));
}

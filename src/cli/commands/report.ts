/**
 * `report [--region R] [--scenario FILE] [--data FILE…] [--format docx|md] [--out FILE]`: the
 * briefing (研判报告) of one region. Markdown on stdout (or to `--out`); a Word document needs
 * `--out`. The format follows `--out`'s extension when `--format` is not given.
 */
import { InputError } from '../../lib/data/issues.ts';
import { indexDataset } from '../../lib/data/registry.ts';
import { loadLang } from '../../lib/i18n/strings.ts';
import { rt, rtBoth } from '../../lib/i18n/report.ts';
import { reportChartOptions } from '../../lib/report/charts.ts';
import { reportMarkdown } from '../../lib/report/markdown.ts';
import { buildReportModel } from '../../lib/report/model.ts';
import { reportDate } from '../../lib/report/phrases.ts';
import { applyScenario } from '../../lib/scenario/apply.ts';
import { ScenarioRunner } from '../../lib/scenario/run.ts';
import { DEFAULT_PLAN_START, runSettings } from '../../lib/scenario/settings.ts';
import { defaultView, DEFAULT_VIEW_NAMES } from '../../lib/state/view.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { cliLang, log, outText, say } from '../io.ts';
import { loadData } from '../load.ts';
import { loadScenario } from '../scenarios.ts';
import { writeOut } from './output.ts';
import { chartImages } from './reportCharts.ts';

const last = (args: Args, name: string): string | undefined => args.options.get(name)?.at(-1);

export async function reportCommand(args: Args): Promise<void> {
	onlyOptions(args, ['region', 'scenario', 'data', 'format', 'out']);
	const outPath = last(args, 'out');
	const format = option(
		args,
		'format',
		['docx', 'md'] as const,
		outPath && /\.docx$/i.test(outPath) ? 'docx' : 'md'
	);
	if (format === 'docx' && !outPath) {
		const m = rtBoth('cli.needOut');
		throw new InputError(m.zh, m.en);
	}
	const scenario = loadScenario(last(args, 'scenario') ?? 'baseline');
	const applied = applyScenario(await loadData(args.options.get('data') ?? []), scenario);
	for (const w of applied.warnings) log(say(w));
	const { dataset, assumptions } = applied;
	const index = indexDataset(dataset);
	const regionName = last(args, 'region') ?? scenario.view?.region ?? DEFAULT_VIEW_NAMES.region;
	const region = index.regions.resolve(regionName);
	if (!region) {
		const m = rtBoth('cli.region', { name: regionName });
		throw new InputError(m.zh, m.en);
	}
	const compare = (scenario.view?.compare ?? defaultView(index).compare)
		.map((c) => index.regions.resolve(c)?.id)
		.filter((id): id is string => id !== undefined && id !== region.id);
	const indicator = scenario.view?.indicator
		? index.indicators.resolve(scenario.view.indicator)?.id
		: undefined;

	const lang = cliLang();
	await loadLang(lang);
	const settings = runSettings(scenario);
	const run = new ScenarioRunner(dataset).run(assumptions, settings);
	const model = buildReportModel({
		dataset,
		run,
		settings,
		planStart: settings.baseYear ?? DEFAULT_PLAN_START,
		scenarioName: scenario.name,
		assumptions,
		region: region.id,
		compare,
		...(indicator ? { indicator } : {}),
		lang,
		date: reportDate(new Date())
	});

	if (format === 'md') {
		const text = reportMarkdown(model);
		if (outPath) writeOut(outPath, text);
		else outText(text);
		return;
	}
	const charts = await chartImages(reportChartOptions(model, dataset, run, settings), (reason) =>
		rt(lang, 'cli.noPng', { reason })
	);
	if (charts.noCjkFont && charts.images.length > 0) log(say(rtBoth('cli.noCjkFont')));
	if (charts.missing) log(charts.missing);
	const { reportDocx } = await import('../../lib/report/docx.ts');
	writeOut(outPath!, await reportDocx(model, charts.images, charts.missing));
}

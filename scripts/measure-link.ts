/**
 * What the analyst's data costs in a share link: `npx tsx scripts/measure-link.ts`.
 *
 * Builds layers the way the page does (the importer's own output for generated files, the entry
 * form's for a typed-in value), encodes the default screen with each of them carried, and prints
 * the characters the link grows by, per figure. The link's data budget (LINK_DATA_BUDGET in
 * src/lib/scenario/linkData.ts) was chosen from these figures.
 */
import { builtInDataset } from '../src/cli/seedFiles.ts';
import { importText } from '../src/lib/data/import/pipeline.ts';
import { makeLayer, newLayerId, selfContained } from '../src/lib/data/layers.ts';
import type { Dataset } from '../src/lib/data/model.ts';
import { entriesOf } from '../src/lib/scenario/dataEntries.ts';
import type { Scenario } from '../src/lib/scenario/schema.ts';
import { encodeScenarioHash } from '../src/lib/scenario/url.ts';
import { enteredAddition } from '../src/lib/state/entered.ts';

const base = builtInDataset();
const screen: Scenario = {
	format: 'mubiao-scenario',
	version: 2,
	name: '基线 Baseline',
	asOf: 2026,
	view: { region: 'chongqing', indicator: '高等教育毛入学率' }
};

/** A deterministic pseudo-random walk (values like a statistics table's, not compressible runs). */
function walk(seed: number) {
	let x = seed;
	return () => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return x / 2147483648;
	};
}

function districtCsv(districts: number, years: number, indicators: number): string {
	const rnd = walk(districts * 31 + years);
	const lines = ['地区,指标,年份,数值,单位,上级地区,来源'];
	for (let d = 0; d < districts; d++)
		for (let i = 0; i < indicators; i++) {
			let v = 60 + rnd() * 30;
			for (let y = 0; y < years; y++) {
				v = Math.min(100, v + rnd() * 1.5);
				lines.push(
					`测试区${String(d + 1).padStart(3, '0')},测试指标${i + 1},${2010 + y},${v.toFixed(1)},%,重庆市,测试数据（非真实统计）`
				);
			}
		}
	return lines.join('\n');
}

function wideCsv(countries: number, years: number): string {
	const rnd = walk(countries);
	const head = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'];
	for (let y = 0; y < years; y++) head.push(String(1990 + y));
	const lines = [head.join(',')];
	for (let c = 0; c < countries; c++) {
		const row = [
			`Country ${c + 1}`,
			`C${String(c).padStart(2, '0')}`,
			'"School enrollment, tertiary (% gross)"',
			'SE.TER.ENRR'
		];
		let v = 5 + rnd() * 40;
		for (let y = 0; y < years; y++) row.push((v += rnd() * 2).toFixed(4));
		lines.push(row.join(','));
	}
	return lines.join('\n');
}

async function linkChars(data: Dataset | null, name: string): Promise<number> {
	if (!data) return (await encodeScenarioHash({ ...screen, data: [] })).length;
	const layer = makeLayer(
		{ id: newLayerId('import'), kind: 'import', name, addedAt: Date.now() },
		data
	);
	return (await encodeScenarioHash({ ...screen, data: entriesOf([layer]) })).length;
}

const empty = await linkChars(null, '');
console.log(`default screen, no data: ${empty} characters`);

const entered = enteredAddition(
	{
		region: 'chongqing',
		indicator: base.indicators.find((i) => i.zh === '智慧教育平台应用覆盖率')?.id ?? 'x',
		year: 2024,
		value: 61.5,
		source: '重庆统计年鉴2024 表4-12',
		what: '重庆市 · 智慧教育平台应用覆盖率 · 2024：61.5%'
	},
	`entered:${newLayerId('entered')}`
);
const one = (await linkChars(entered, '重庆市 · 智慧教育平台应用覆盖率 · 2024：61.5%')) - empty;
console.log(`one entered value: +${one} characters`);

const cases: [string, string][] = [
	['district file, 5 districts × 10 years', districtCsv(5, 10, 1)],
	['district file, 38 districts × 10 years × 1 indicator', districtCsv(38, 10, 1)],
	['district file, 40 districts × 10 years × 3 indicators', districtCsv(40, 10, 3)],
	['WDI-style wide file, 200 countries × 30 years', wideCsv(200, 30)]
];
for (const [label, csv] of cases) {
	const report = importText(csv, base, { fileName: `${label}.csv` });
	const data = selfContained(report.addition, base, base);
	const figures = data.observations.length + data.targets.length;
	const chars = (await linkChars(data, `${label}.csv`)) - empty;
	console.log(
		`${label}: ${figures} figures, +${chars} characters, ${(chars / figures).toFixed(2)} per figure`
	);
}

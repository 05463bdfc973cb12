import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, spawnCli } from './run.ts';

const dir = mkdtempSync(`${tmpdir()}/mubiao-assess-`);
function file(name: string, text: string): string {
	const path = `${dir}/${name}`;
	writeFileSync(path, text);
	return path;
}

describe('cli assess', () => {
	it('prints a result for every target of the seed documents', async () => {
		const r = await cli(['assess', '--format', 'json']);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.stdout) as {
			results: { region: string; indicator: string; year: number | null; value: number }[];
		};
		// The seed targets, read straight from seeds/figures.csv.
		const seeds = Papa.parse<Record<string, string>>(
			readFileSync(`${ROOT}seeds/figures.csv`, 'utf8'),
			{ header: true, skipEmptyLines: true }
		).data;
		const targets = seeds.filter((row) => row.kind === 'target');
		expect(targets.length).toBeGreaterThan(40);
		for (const t of targets) {
			const found = report.results.some(
				(x) =>
					x.region === t.region &&
					x.indicator === t.indicator &&
					x.value === Number(t.value) &&
					x.year === (t.year ? Number(t.year) : null)
			);
			expect(found, `${t.region} ${t.indicator} ${t.year} ${t.value}`).toBe(true);
		}
	});

	it('assesses a scenario that carries its own data without the built-in data', async () => {
		const path = file(
			'own.json',
			JSON.stringify({
				format: 'mubiao-scenario',
				version: 1,
				name: 'own',
				observations: [
					{ region: '重庆市', indicator: '自定义指标', year: 2022, value: 10, unit: '所' },
					{ region: '重庆市', indicator: '自定义指标', year: 2024, value: 14, unit: '所' }
				],
				targets: [
					{ region: '重庆市', indicator: '自定义指标', year: 2027, comparator: '>=', value: 20 }
				]
			})
		);
		const r = await cli(['assess', '--scenario', path, '--no-builtin', '--format', 'json']);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.stdout);
		// Two points: slope (14 − 10)/2 = 2 per year, SE 0 (n < 3); 14 + 2·3 = 20 ≥ 20.
		expect(report.results).toHaveLength(1);
		expect(report.results[0]).toMatchObject({
			region: '重庆市',
			indicator: '自定义指标',
			projected: 20,
			status: 'on-track',
			unit: '所'
		});
	});

	it('prints a table with Chinese headers for a report', async () => {
		const r = await cli(['assess', '--format', 'table'], { MUBIAO_LANG: 'zh' });
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n')[2]).toMatch(/^地区\s+指标\s+目标\s+年份/);
		// The headline says how many targets could (not) be judged, never a bare "0 / 5".
		expect(r.stdout).toMatch(/重庆市 2027年：(可研判 \d+ \/ \d+ 项|\d+ 项目标均无法研判)/);
		expect(r.stdout).toMatch(/重庆市 2027年：.*\d+ 项需设定假设/);
	});

	it.each([
		[
			'wrong type',
			'{"format":"mubiao-scenario","version":1,"name":"x","horizon":"2035"}',
			/horizon must be a number/
		],
		[
			'unknown field',
			'{"format":"mubiao-scenario","version":1,"name":"x","speed":3}',
			/unknown field\(s\) "speed"/
		],
		['unknown version', '{"format":"mubiao-scenario","version":3,"name":"x"}', /version 3, newer/],
		[
			'NaN',
			'{"format":"mubiao-scenario","version":1,"name":"x","assumptions":[{"region":"重庆市","indicator":"高等教育毛入学率","rate":NaN}]}',
			/contains NaN/
		],
		[
			'invalid rate',
			'{"format":"mubiao-scenario","version":1,"name":"x","assumptions":[{"region":"重庆市","indicator":"高等教育毛入学率","method":"gap","rate":3}]}',
			/gap-closing rate cannot exceed 1/
		]
	])('exits 2 with one sentence for a bad scenario file: %s', async (_case, text, message) => {
		const r = await cli(['assess', '--scenario', file('bad.json', text)]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
	});
});

describe('cli dataset', () => {
	it('prints the canonical CSV of the whole built-in dataset, and JSON on request', async () => {
		const csv = await cli(['dataset']);
		expect(csv.code).toBe(0);
		const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
		expect(rows[0]?.slice(0, 8)).toEqual([
			'region',
			'indicator',
			'year',
			'value',
			'unit',
			'kind',
			'comparator',
			'value_max'
		]);
		const json = JSON.parse((await cli(['dataset', '--format', 'json'])).stdout);
		// One row per figure, then a `region` row per parent region without figures of its own.
		const figures = rows.slice(1).filter((r) => r[5] !== 'region');
		expect(figures.length).toBe(json.observations.length + json.targets.length);
		expect(csv.stderr).toBe('');
	});

	it('refuses an unknown option or format with exit 2', async () => {
		expect((await cli(['dataset', '--format', 'xml'])).code).toBe(2);
		expect((await cli(['dataset', '--colour'])).code).toBe(2);
		expect((await cli(['nonsense'])).code).toBe(2);
	});
});

describe('the command line as its own process', () => {
	it('exits 2 with one sentence on stderr and nothing on stdout for a mistake', () => {
		const r = spawnCli([
			'assess',
			'--scenario',
			file('bad-spawn.json', '{"format":"mubiao-scenario","version":1,"name":"x","speed":3}')
		]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/unknown field\(s\) "speed"/);
	});

	it('prints results on stdout only', () => {
		const r = spawnCli(['assess', '--scenario', 'stalled', '--format', 'json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout).scenario).toBe('停滞 Stalled');
		expect(r.stderr).toBe('');
	});
});

describe('command-line mistakes say what is wrong and what to do', () => {
	it('an unknown switch is called unknown, not "needs a value"', async () => {
		const r = await cli(['assess', '--verbose']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/no option --verbose/);
		expect(r.stderr).not.toMatch(/needs a value/);
	});

	it('a known option without its value asks for one, with an example', async () => {
		const r = await cli(['assess', '--format']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/Option --format needs a value after it, e\.g\. --format json/);
	});
});

/* eslint-disable no-control-regex -- these tests look for control characters */
describe('nothing from data reaches a terminal raw', () => {
	const ESC = '\u001b';

	it("a bad scenario file's bytes are quoted escaped in the message", async () => {
		const path = file('escape.json', `${ESC}]0;owned\u0007${ESC}[2J{not json`);
		const r = await cli(['assess', '--scenario', path]);
		expect(r.code).toBe(2);
		expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
	});

	it('a region named with an escape sequence prints escaped in the table on a terminal', async () => {
		const path = file(
			'names.json',
			JSON.stringify({
				format: 'mubiao-scenario',
				version: 1,
				name: `x${ESC}[2J`,
				observations: [
					{ region: `重庆${ESC}[31m`, indicator: 'i', year: 2020, value: 1 },
					{ region: `重庆${ESC}[31m`, indicator: 'i', year: 2022, value: 2 }
				],
				targets: [{ region: `重庆${ESC}[31m`, indicator: 'i', year: 2027, value: 3 }]
			})
		);
		const tty = process.stdout.isTTY;
		process.stdout.isTTY = true;
		try {
			const r = await cli(['assess', '--scenario', path, '--no-builtin', '--format', 'table']);
			expect(r.code).toBe(0);
			expect(r.stdout).toContain('重庆\\x1b[31m');
			expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
		} finally {
			process.stdout.isTTY = tty;
		}
	});
});

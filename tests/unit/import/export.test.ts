/**
 * What the analyst downloads (template, Excel variants), the worker client's main-thread
 * fallback, the command line's report and `dataset --data` file reading.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, summarise } from '../../../src/cli/commands/import.ts';
import { importFile } from '../../../src/cli/importFile.ts';
import { connectImporter } from '../../../src/lib/data/import/client.ts';
import {
	UTF8_BOM,
	canonicalCsvForExcel,
	importBytes,
	importText,
	templateCsv,
	templateCsvForExcel,
	withBom
} from '../../../src/lib/data/import/index.ts';
import { writeCanonical } from '../../../src/lib/data/canonical.ts';
import { BASE, fixture } from './base.ts';

describe('template and Excel variants', () => {
	it('is a canonical file with Chinese headers and one example row', () => {
		const text = templateCsv();
		const [header, example, rest] = text.split('\n');
		expect(header).toBe(
			'地区,指标,年份,数值,单位,类型,比较,上限,方向,下界,上界,来源,章节,原文,备注,层级,上级地区,约数,地区英文名,地区别名,指标英文名,指标别名,年份推定,研判年份'
		);
		expect(example).toContain('示例区');
		expect(example).toContain('示例行，请删除');
		expect(rest).toBe('');
		const r = importText(text, BASE);
		expect(r).toMatchObject({ shape: 'canonical', rowsAccepted: 1 });
		expect(r.addition.observations[0]).toMatchObject({
			region: '示例区',
			indicator: 'ger_higher',
			year: 2024,
			value: 60.5,
			note: '示例行，请删除'
		});
	});

	it('puts one BOM in front for Excel', () => {
		expect(templateCsvForExcel()).toBe(UTF8_BOM + templateCsv());
		expect(withBom(withBom('a'))).toBe('\ufeffa');
		expect(canonicalCsvForExcel(BASE)).toBe(UTF8_BOM + writeCanonical(BASE));
		const bytes = new TextEncoder().encode(canonicalCsvForExcel(BASE));
		expect(importBytes(bytes, BASE).encoding).toBe('utf-8-bom');
	});
});

describe('connectImporter', () => {
	it('runs on the main thread where there is no Worker, with progress', async () => {
		expect(typeof Worker).toBe('undefined');
		const progress: number[] = [];
		const importer = connectImporter();
		const file = new File([fixture('nbs-gbk.csv')], 'nbs-gbk.csv');
		const result = await importer.read(file, BASE, { fileName: 'nbs-gbk.csv' }, (f) =>
			progress.push(f)
		);
		expect(result.ok && result.value).toMatchObject({
			fileName: 'nbs-gbk.csv',
			shape: 'nbs',
			figures: 25
		});
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
		// The figures come in parts, once the mapping is known.
		const prepared = await importer.prepare({});
		expect(prepared.ok && prepared.value).toMatchObject({ observations: 25, targets: 0, parts: 1 });
		expect((await importer.part(0)).observations).toHaveLength(25);
		importer.close();
	});

	it('answers a file that is not data with its sentence in both languages', async () => {
		const importer = connectImporter();
		const result = await importer.read(new Blob([fixture('broken-image.png')]), BASE, {});
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message.en).toMatch(/PNG/);
		expect(!result.ok && result.message.zh).toMatch(/图片/);
	});
});

describe('command line', () => {
	it('prints the report without the addition, with counts', () => {
		const report = importBytes(fixture('wide-years.csv'), BASE, { fileName: 'wide-years.csv' });
		const json = summarise(report);
		expect('addition' in json).toBe(false);
		expect(json.counts).toEqual({
			sources: 1,
			regions: 0,
			indicators: 0,
			observations: 19,
			targets: 0
		});
		expect(JSON.parse(JSON.stringify(json)).issues).toEqual([]);
	});

	it('prints a readable summary with an issue table', () => {
		const text = formatReport(
			importBytes(fixture('broken-bad-numbers.csv'), BASE, { fileName: 'bad.csv' })
		);
		for (const line of ['3', '4', '5', '7', '8'])
			expect(text).toMatch(new RegExp(`^${line} `, 'm'));
		expect(text).toContain('bad.csv');
	});

	it('reads `--data` files through the pipeline, and refuses one with no usable row', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mubiao-import-'));
		const { dataset, issues } = await importFile(join(fixtureDir(), 'nbs-gbk.csv'), BASE);
		expect(dataset.observations).toHaveLength(BASE.observations.length + 25);
		expect(issues).toEqual([]);
		const empty = join(dir, 'regions-only.csv');
		writeFileSync(empty, '地区,2021,2022\n重庆市,95.5,95.8\n');
		await expect(importFile(empty, BASE)).rejects.toThrow(
			/no indicator column; name it with --indicator/
		);
	});
});

function fixtureDir(): string {
	return new URL('../../fixtures/import/', import.meta.url).pathname;
}

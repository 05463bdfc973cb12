/**
 * The briefing's two writers: Markdown (text from the data never becomes markup) and Word (a
 * valid .docx: a zip with word/document.xml holding the headline, the targets table and the
 * sources; the charts as PNG media). The zip is read with SheetJS's CFB/zip reader.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/model.ts';
import { reportDocx } from '../../../src/lib/report/docx.ts';
import { md, reportMarkdown } from '../../../src/lib/report/markdown.ts';
import { buildReportModel } from '../../../src/lib/report/model.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import { ASSUMPTIONS, DATA, reportInput, SETTINGS } from './fixture.ts';

/** The 1 × 1 PNG every PNG decoder knows (a white pixel). */
const PIXEL = Uint8Array.from(
	atob(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
	),
	(c) => c.charCodeAt(0)
);

/** The files of a zip, by path, as text. */
function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
	const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
	const files = new Map<string, Uint8Array>();
	cfb.FullPaths.forEach((path: string, i: number) => {
		const entry = cfb.FileIndex[i];
		if (entry && entry.type === 2)
			files.set(path.replace(/^Root Entry\//, ''), entry.content as Uint8Array);
	});
	return files;
}
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

/** The fixture with an excerpt that holds markup, and a table bar in an indicator's name. */
function hostileData(): Dataset {
	return {
		...DATA,
		indicators: DATA.indicators.map((i) => (i.id === 'rate' ? { ...i, zh: '达标|率' } : i)),
		targets: DATA.targets.map((t, i) =>
			i === 1
				? { ...t, provenance: [{ source: 'plan', excerpt: '<script>alert(1)</script> | *粗体*' }] }
				: t
		)
	};
}

describe('Markdown briefing', () => {
	it('has the sections in order, the headline and one table row per target', () => {
		const out = reportMarkdown(buildReportModel(reportInput()));
		const headings = out.split('\n').filter((l) => l.startsWith('#'));
		expect(headings).toEqual([
			'# 甲市教育规划目标达成研判报告',
			'## 研判要点',
			'## 甲市的目标研判',
			'## 图表',
			'## 与对比地区比较',
			'## 与基线不同的假设',
			'## 来源与原文摘录',
			'## 研判方法说明'
		]);
		expect(out).toContain(
			'- 2027年：可研判 1 / 2 项，预计达成 0 项；1 项无法研判（1 项需设定假设）'
		);
		expect(out).toContain(
			'| 达标率 | ≥\u00a052% | 2021 | 52% · 2020–2022 插值 | 已达成 | 100% | — | 前后两个实际值 | \\[1\\] |'
		);
		expect(out).toContain(
			'1. **《甲市教育规划》** — 甲市政府 · 2024-05 · 种子文件（规划与报告原文）'
		);
		expect(out).toContain('     > 2021年达标率达到52%');
	});

	it('escapes markup in text from the data, so a table keeps its columns', () => {
		const dataset = hostileData();
		const run = new ScenarioRunner(dataset).run(ASSUMPTIONS, SETTINGS);
		const out = reportMarkdown(buildReportModel(reportInput({ dataset, run })));
		// No `<` is left without its backslash.
		expect(out).not.toMatch(/(^|[^\\])</m);
		expect(out).toContain('> \\<script>alert(1)\\</script> \\| \\*粗体\\*');
		// Every line of the targets table has the header's ten bars (nine cells).
		const section = out.slice(out.indexOf('## 甲市的目标研判'), out.indexOf('## 图表'));
		const rows = section.split('\n').filter((l) => l.startsWith('|'));
		expect(rows).toHaveLength(2 + 4);
		for (const r of rows) expect(r.replace(/\\\|/g, '').split('|')).toHaveLength(11);
		expect(md('a|b<c')).toBe('a\\|b\\<c');
	});
});

describe('Word briefing', () => {
	it('is a zip with word/document.xml holding the headline, the targets and the sources', async () => {
		const bytes = await reportDocx(buildReportModel(reportInput()), []);
		const files = unzip(bytes);
		expect(files.has('[Content_Types].xml')).toBe(true);
		const xml = text(files.get('word/document.xml'));
		expect(xml).toContain('2027年：可研判 1 / 2 项，预计达成 0 项；1 项无法研判（1 项需设定假设）');
		for (const cell of ['达标率', '≥\u00a090%', '2027 预测', '难以达成', '+10.667 个百分点/年'])
			expect(xml).toContain(cell);
		expect(xml).toContain('《甲市教育规划》');
		expect(xml).toContain('“2021年达标率达到52%”');
		expect(xml).toContain('研判方法说明');
		// Without images the document says why instead.
		expect(xml).toContain('图表未能嵌入本文件');
	});

	it('embeds each chart as a PNG and keeps markup from the data as text', async () => {
		const dataset = hostileData();
		const run = new ScenarioRunner(dataset).run(ASSUMPTIONS, SETTINGS);
		const model = buildReportModel(reportInput({ dataset, run }));
		const images = model.charts.map((c) => ({
			title: c.name,
			png: PIXEL,
			width: 600,
			height: 360
		}));
		const files = unzip(await reportDocx(model, images));
		// One drawing per chart; identical images share one media file.
		const xml = text(files.get('word/document.xml'));
		expect(xml.match(/<w:drawing>/g)).toHaveLength(model.charts.length);
		const media = [...files.keys()].filter((p) => p.startsWith('word/media/'));
		expect(media).toHaveLength(1);
		expect([...files.get(media[0]!)!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('图 1　覆盖率');
	});
});

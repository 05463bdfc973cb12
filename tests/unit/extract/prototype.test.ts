/**
 * No name from a text becomes a key of a plain object: a document full of `__proto__`,
 * `constructor` and `prototype` (as indicators, places, sections, table cells) leaves
 * Object.prototype as it was, through the extractor, the mapping onto the dataset and the
 * addition.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { candidatesToAddition, rowsFromCandidates } from '../../../src/lib/data/extracted.ts';
import { readDocument } from '../../../src/lib/domain/extract/index.ts';

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

function document(): string {
	const lines = [
		'__proto__省constructor规划（2021—2025年）',
		'__proto__区教育委员会',
		'2021年5月1日',
		''
	];
	lines.push('第一篇：__proto__——prototype市教育局');
	for (const name of HOSTILE) {
		lines.push(`（一）${name}`);
		lines.push(`到2025年，${name}达到90%，${name}率、${name}比例分别达到95%、96%。`);
		lines.push(`2020年，${name}为85%，新建${name}学校12所，${name}和${name}各3个。`);
	}
	lines.push('指标\t单位\t2020年基期值\t2025年目标值\t属性');
	for (const name of HOSTILE) lines.push(`${name}\t%\t80\t90\t预期性`);
	lines.push('指标', '单位', '基期值', '目标值', '属性');
	for (const name of HOSTILE) lines.push(name, '个', '3', '5', '约束性');
	return lines.join('\n');
}

const snapshot = () => ({
	names: Object.getOwnPropertyNames(Object.prototype).sort(),
	symbols: Object.getOwnPropertySymbols(Object.prototype).length,
	proto: Object.getPrototypeOf(Object.prototype)
});

describe('hostile names', () => {
	it('leave Object.prototype unchanged through reading, mapping and the addition', () => {
		const before = snapshot();
		const text = document();
		const reading = readDocument(text);
		expect(reading.candidates.length).toBeGreaterThan(20);
		const dataset = builtInDataset();
		// Every row accepted, the names the text gave kept, the missing ones hostile too.
		const rows = rowsFromCandidates(reading.candidates, dataset).map((r) => ({
			...r,
			accept: true,
			indicatorName: r.indicatorId || r.indicatorName ? r.indicatorName : '__proto__',
			regionName: r.regionId || r.regionName ? r.regionName : '__proto__'
		}));
		const added = candidatesToAddition(rows, dataset, { title: '__proto__', text });
		expect(added.count).toBeGreaterThan(0);
		expect(snapshot()).toEqual(before);
		// A fresh object has none of the names as its own or inherited data.
		const probe: Record<string, unknown> = {};
		for (const key of ['value', 'unit', 'kind', 'next', 'prev', 'year', '__proto__省'])
			expect(key in probe).toBe(false);
	});
});

/**
 * What an attack run found in the importer (issue 18), one case per failure: names that are
 * Object's own keys, a stray Latin-1 byte in a UTF-8 file, oversized cells, implausible values
 * and bounds, and sentences that said nothing useful. Each test failed on the code before it.
 */
import { describe, expect, it } from 'vitest';
import {
	applyImport,
	importBytes,
	importText,
	type ImportReport
} from '../../../src/lib/data/import/index.ts';
import { InputError } from '../../../src/lib/data/issues.ts';
import { BASE } from './base.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const errors = (r: ImportReport) => r.issues.filter((i) => i.severity === 'error');
/** The refusal of a function, as the InputError it throws. */
function refusal(run: () => unknown): InputError {
	try {
		run();
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}
	throw new Error('no InputError');
}

describe('names that are keys of Object.prototype', () => {
	const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
	const snapshot = () => ({
		names: Object.getOwnPropertyNames(Object.prototype).sort().join(),
		proto: Object.getPrototypeOf({}),
		ctor: {}.constructor
	});

	it('imports them as plain new regions and indicators, and Object.prototype stays as it was', () => {
		const before = snapshot();
		const rows = HOSTILE.map(
			(n, i) => `${n},${HOSTILE[(i + 1) % HOSTILE.length]},${2020 + i},${i + 1}`
		);
		const report = importText(`地区,指标,年份,数值\n${rows.join('\n')}\n`, BASE);
		// Five rows, each a new region and a new indicator: nothing read as a built-in.
		expect(report.figures).toBe(5);
		expect(report.newRegions.map((n) => n.id).sort()).toEqual([...HOSTILE].sort());
		expect(report.newIndicators.map((n) => n.id).sort()).toEqual([...HOSTILE].sort());
		const mapped = applyImport(BASE, report, {
			regions: new Map<string, string | null>([
				['__proto__', 'cq'],
				['constructor', null]
			]),
			indicators: { ['__proto__']: 'ger_higher' } as Record<string, string>
		});
		expect(mapped.observations.some((o) => o.region === 'cq')).toBe(true);
		expect(mapped.regions.map((r) => r.id)).not.toContain('constructor');
		expect(snapshot()).toEqual(before);
		expect(({} as Record<string, unknown>).prev).toBeUndefined();
	});

	it('does not take a `constructor` header for a column it knows', () => {
		const report = importText(
			'地区,指标,年份,数值,constructor\n重庆市,高等教育毛入学率,2022,57.5,x\n',
			BASE
		);
		expect(report.figures).toBe(1);
		expect(report.issues.map((i) => i.message.en)).toContain(
			'Columns not used, ignored: constructor.'
		);
	});
});

describe('encodings', () => {
	// 40 lines of UTF-8 Chinese, then one line with a Latin-1 é (byte 0xE9) in a note.
	const lines = Array.from(
		{ length: 40 },
		(_, i) => `重庆市,高等教育毛入学率,${1980 + i},${40 + i / 10}`
	);
	const bytes = new Uint8Array([
		...utf8(
			`地区,指标,年份,数值,备注\n${lines.map((l) => `${l},`).join('\n')}\n四川省,高等教育毛入学率,2022,52.4,caf`
		),
		0xe9,
		...utf8('\n')
	]);

	it('reads a mostly-UTF-8 file with a stray byte as UTF-8, naming the line', () => {
		const r = importBytes(bytes, BASE);
		expect(r.encoding).toBe('utf-8');
		// The Chinese names are read right, so nothing becomes a new (mojibake) region.
		expect(r.newRegions).toEqual([]);
		expect(r.figures).toBe(41);
		// Header line 1, 40 lines, then the bad one on line 42.
		expect(r.issues.filter((i) => i.severity === 'warning').map((i) => i.row)).toEqual([42]);
		expect(r.notes.map((n) => n.en).join(' ')).toContain('lines 42');
	});

	it('reads the file in the encoding the analyst chooses instead', () => {
		// ASCII names and UTF-8 notes (·), one note with a raw Latin-1 é: detected as UTF-8.
		const rows = Array.from({ length: 10 }, (_, i) => `cq,ger_higher,${2000 + i},${40 + i},a·b`);
		const mixed = new Uint8Array([
			...utf8(`region,indicator,year,value,note\n${rows.join('\n')}\ncq,ger_higher,2020,52,caf`),
			0xe9,
			...utf8('\n')
		]);
		expect(importBytes(mixed, BASE).encoding).toBe('utf-8');
		const r = importBytes(mixed, BASE, { encoding: 'windows-1252' });
		expect(r).toMatchObject({ encoding: 'windows-1252', encodingChosen: true });
		expect(r.addition.observations.at(-1)?.note).toBe('café');
	});

	it('recognises Windows-1252 / ISO-8859-1 text', () => {
		// "Côte d'Ivoire" and "São Tomé": ô = 0xF4, ã = 0xE3, é = 0xE9, one byte each.
		const latin = new Uint8Array([
			...utf8('Country Name,2021,2022\nC'),
			0xf4,
			...utf8("te d'Ivoire,9.1,9.6\nS"),
			0xe3,
			...utf8('o Tom'),
			0xe9,
			...utf8(',13.0,13.4\n')
		]);
		const r = importBytes(latin, BASE, { defaults: { indicator: 'ger_higher' } });
		expect(r.encoding).toBe('windows-1252');
		expect(r.newRegions.map((n) => n.id)).toEqual(["Côte d'Ivoire", 'São Tomé']);
	});

	it('still reads GBK as GB18030', () => {
		// 重庆市 in GBK: D6 D8 C7 EC CA D0.
		const gbk = new Uint8Array([
			...utf8('region,indicator,year,value\n'),
			0xd6,
			0xd8,
			0xc7,
			0xec,
			0xca,
			0xd0,
			...utf8(',ger_higher,2022,57.5\n')
		]);
		const r = importBytes(gbk, BASE);
		expect(r.encoding).toBe('gb18030');
		expect(r.addition.observations[0]?.region).toBe('cq');
	});
});

describe('size limits', () => {
	it('refuses a cell longer than Excel allows, naming its line', () => {
		const big = 'x'.repeat(40_000);
		const e = refusal(() =>
			importText(`地区,指标,年份,数值,备注\n重庆市,高等教育毛入学率,2022,57.5,${big}\n`, BASE)
		);
		expect(e.bilingual.en).toMatch(/^Line 2 has 40,000|^Line 2 has a cell of 40000/);
		expect(e.bilingual.zh).toContain('32,767');
	});

	it('refuses a 20 MB quoted cell (an unclosed quote) before parsing it', () => {
		// 20 MB over 200,000 lines: no line is long, the open quote makes them one cell.
		const text = `地区,指标,年份,数值,备注\n重庆市,高等教育毛入学率,2022,57.5,"${`${'y'.repeat(99)}\n`.repeat(200_000)}`;
		const e = refusal(() => importText(text, BASE));
		expect(e.bilingual.en).toContain('Line 2 has a cell of');
		expect(e.bilingual.en).toContain('closing quote');
	});

	it('refuses a line of more than a million characters and more columns than Excel has', () => {
		const line = refusal(() => importText(`a,b\n1,${'2'.repeat(1_100_000)}\n`, BASE));
		expect(line.bilingual.en).toContain('Line 2 has 1100002 characters');
		const wide = refusal(() =>
			importText(`${Array.from({ length: 17_000 }, (_, i) => `c${i}`).join(',')}\n`, BASE)
		);
		expect(wide.bilingual.en).toContain('more than 16384 columns');
	});

	it('refuses a file larger than the limit before reading it', () => {
		const e = refusal(() => importBytes(new Uint8Array(33 * 1024 * 1024), BASE));
		expect(e.bilingual.en).toBe(
			'The file is 33 MB, more than the 32 MB the importer takes: split the data into smaller files and import them one by one.'
		);
	});
});

describe('plausibility', () => {
	it('rejects values outside the indicator’s range, with the range and what to check', () => {
		// 高等教育毛入学率 has bounds 0–100 in the loaded data.
		const r = importText(
			'地区,指标,年份,数值\n重庆市,高等教育毛入学率,2020,"-1,234.5%"\n重庆市,高等教育毛入学率,2021,150%\n重庆市,高等教育毛入学率,2022,1e308%\n重庆市,高等教育毛入学率,2023,99.5%\n',
			BASE
		);
		expect(r.figures).toBe(1);
		expect(errors(r).map((i) => [i.row, i.value])).toEqual([
			[2, '-1,234.5%'],
			[3, '150%'],
			[4, '1e308%']
		]);
		expect(errors(r)[1]?.message.en).toBe(
			'The value 150 is outside the plausible range 0–100 of "Gross enrolment ratio, higher education": check the value and its unit (a share is written 63.5, not 6350).'
		);
		expect(errors(r)[2]?.message.en).toContain('implausibly large');
	});

	it('keeps a gross ratio within the headroom its upper bound gives', () => {
		const r = importText(
			'地区,指标,年份,数值,单位,上界\n重庆市,学前毛入园率（测试）,2021,104.5,%,120\n重庆市,学前毛入园率（测试）,2022,121,%,120\n',
			BASE
		);
		expect(r.addition.observations.map((o) => o.value)).toEqual([104.5]);
		expect(errors(r).map((i) => i.row)).toEqual([3]);
		expect(r.addition.indicators[0]?.upperBound).toBe(120);
	});

	it('rejects inverted and non-numeric bounds', () => {
		const r = importText(
			'地区,指标,年份,数值,单位,下界,上界\n重庆市,新指标甲,2020,5,%,100,0\n重庆市,新指标乙,2020,5,%,0,Infinity\n',
			BASE
		);
		expect(r.figures).toBe(0);
		expect(errors(r).map((i) => [i.row, i.column])).toEqual([
			[2, '上界'],
			[3, '上界']
		]);
		expect(errors(r)[0]?.message.en).toBe(
			'The lower bound 100 is above the upper bound 0: swap them or correct one.'
		);
	});

	it('keeps a new indicator’s values beyond what its unit implies, and says so once', () => {
		// A World Bank-style tertiary ratio of 140 % (several countries exceed 100).
		const r = importText(
			'地区,指标,年份,数值,单位\nGreece,Tertiary GER,2020,140,%\nGreece,Tertiary GER,2021,146,%\n',
			BASE
		);
		expect(r.figures).toBe(2);
		expect(r.notes.filter((n) => n.en.includes('outside the range its unit implies'))).toHaveLength(
			1
		);
	});
});

describe('sentences that say what is wrong and what to do', () => {
	it('says a year is out of range, not that it lacks digits', () => {
		const r = importText('地区,指标,年份,数值\n重庆市,高等教育毛入学率,1899,5\n', BASE);
		expect(errors(r)[0]?.message.en).toBe(
			'The year 1899 is not between 1900 and 2200: check it (a digit too many or too few?).'
		);
	});

	it('names the value that is not a number and how to write it', () => {
		const r = importText('地区,指标,年份,数值\n重庆市,高等教育毛入学率,2020,五十\n', BASE);
		expect(errors(r)[0]?.message.en).toBe(
			'"五十" is not a number: write the value in digits, e.g. 93.1 or 93.1%.'
		);
	});

	it('counts the figures already loaded instead of adding them twice', () => {
		const r = importText(
			'地区,指标,年份,数值,来源\n重庆市,高等教育毛入学率,2020,50,seed:plan\n',
			BASE
		);
		expect([r.rowsAccepted, r.figures, r.alreadyLoaded]).toEqual([1, 0, 1]);
		expect(applyImport(BASE, r)).toEqual(BASE);
	});
});

/**
 * The import session (the page's import workflow) against a host that records what it is told:
 * read, map, review, apply in parts, refuse, and nothing applied against data that changed.
 * No Worker in node: the session's importer runs on this thread, the same code as in a worker.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { writeCanonical } from '../../../src/lib/data/canonical.ts';
import type { Bilingual } from '../../../src/lib/data/issues.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import {
	ADD_NEW,
	ImportSession,
	LEAVE_OUT,
	type AppliedImport,
	type ImportHost
} from '../../../src/lib/state/importSession.svelte.ts';
import { BASE, fixture } from '../import/base.ts';

/** A host holding a dataset, recording every apply and message. */
function host(start: Dataset = BASE) {
	const applied: { next: Dataset; info: AppliedImport }[] = [];
	const messages: { kind: string; text: Bilingual }[] = [];
	const h: ImportHost & { data: Dataset } = {
		data: start,
		get dataset() {
			return this.data;
		},
		get effective() {
			return this.data;
		},
		apply(next, info) {
			applied.push({ next, info });
			this.data = next;
		},
		notify: (kind, text) => void messages.push({ kind, text })
	};
	return { h, applied, messages };
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('ImportSession', () => {
	it('reads a file, suggests what new names mean, and applies with the analyst’s mapping', async () => {
		const { h, applied, messages } = host();
		const s = new ImportSession(h);
		await s.open(new File([fixture('canonical-zh.csv')], 'canonical-zh.csv'));
		expect(s.failure).toBeNull();
		expect(s.report).toMatchObject({ fileName: 'canonical-zh.csv', figures: 9 });
		// 重庆 is like 重庆市 (0.95 ≥ 0.8): chosen for the analyst, who may change it.
		expect(s.regionChoices.get('重庆')).toBe('cq');
		expect(s.figures).toBe(9);
		expect(s.reviewed?.preview[0]).toMatchObject({ regionName: { zh: '重庆市' }, year: 2019 });

		await s.choose('region', '重庆', LEAVE_OUT);
		expect(s.figures).toBe(8);
		expect(await s.apply()).toBe(true);
		expect(applied).toHaveLength(1);
		const { next, info } = applied[0]!;
		expect(next.observations).toHaveLength(BASE.observations.length + 6);
		expect(next.targets).toHaveLength(BASE.targets.length + 2);
		expect(info).toMatchObject({ fileName: 'canonical-zh.csv', figures: 8, regions: [] });
		expect(info.indicators).toContain('ger_higher');
		expect(messages.at(-1)?.text.zh).toContain('已导入');
	});

	it('finds conflicts again once a new region is mapped onto a loaded one', async () => {
		const { h } = host();
		const s = new ImportSession(h);
		await s.open(csv('c.csv', '地区,指标,年份,数值\nChungking,高等教育毛入学率,2020,51.2\n'));
		expect(s.reviewed?.conflicts).toEqual([]);
		expect(s.regionChoices.get('Chungking')).toBe(ADD_NEW);
		await s.choose('region', 'Chungking', 'cq');
		// 重庆市 2020 is loaded as 50 (seed); the file, once mapped, says 51.2.
		expect(
			s.reviewed?.conflicts.map((c) => [c.region, c.year, c.incoming, c.loaded.value])
		).toEqual([['cq', 2020, 51.2, 50]]);
		expect(s.reviewed?.preview[0]?.regionName.zh).toBe('重庆市');
	});

	it('applies nothing when the loaded data changed after the preview', async () => {
		const { h, applied } = host();
		const s = new ImportSession(h);
		await s.open(new File([fixture('wide-years.csv')], 'wide-years.csv'));
		h.data = { ...BASE, observations: [] };
		expect(await s.apply()).toBe(false);
		expect(s.failure?.en).toContain('no longer matches the loaded data');
		expect(applied).toEqual([]);
	});

	it('says what a file that is not data is, and leaves the data alone', async () => {
		const { h, applied, messages } = host();
		const s = new ImportSession(h);
		await s.open(new File([fixture('broken-image.png')], 'picture.png'));
		expect(s.report).toBeNull();
		expect(s.failure?.en).toContain('PNG');
		expect(messages).toEqual([
			{
				kind: 'error',
				text: expect.objectContaining({ en: expect.stringContaining('picture.png: ') })
			}
		]);
		expect(applied).toEqual([]);
	});

	it('has nothing to apply for its own export (already loaded)', async () => {
		const { h, applied } = host();
		const s = new ImportSession(h);
		await s.open(csv('export.csv', writeCanonical(BASE)));
		expect([s.figures, s.report?.alreadyLoaded]).toEqual([0, 3]);
		expect(await s.apply()).toBe(false);
		expect(applied).toEqual([]);
	});

	it('reads another sheet, another encoding, and a default for a missing indicator', async () => {
		const { h } = host();
		const s = new ImportSession(h);
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(
			book,
			XLSX.utils.aoa_to_sheet([
				['地区', '2021'],
				['重庆市', 55.3]
			]),
			'A'
		);
		XLSX.utils.book_append_sheet(
			book,
			XLSX.utils.aoa_to_sheet([
				['地区', '2022'],
				['四川省', 52.4]
			]),
			'B'
		);
		const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
		await s.open(new File([bytes], 'book.xlsx'));
		expect([s.report?.sheet, s.report?.missing]).toEqual(['A', ['indicator']]);
		s.setDefault('indicator', 'ger_higher');
		await s.chooseSheet('B');
		expect(s.report?.sheet).toBe('B');
		expect(s.reviewed?.preview.map((p) => [p.region, p.year, p.value])).toEqual([
			['sc', 2022, 52.4]
		]);

		await s.open(csv('latin.csv', 'region,indicator,year,value\ncq,ger_higher,2020,51\n'));
		await s.chooseEncoding('windows-1252');
		expect(s.report).toMatchObject({ encoding: 'windows-1252', encodingChosen: true });
	});

	it('keeps names that are Object’s own keys in Maps: the prototype is untouched', async () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
		const { h, applied } = host();
		const s = new ImportSession(h);
		await s.open(
			csv(
				'p.csv',
				'地区,指标,年份,数值\n__proto__,constructor,2020,1\nconstructor,__proto__,2021,2\n'
			)
		);
		await s.choose('region', '__proto__', 'cq');
		await s.choose('indicator', '__proto__', LEAVE_OUT);
		expect(await s.apply()).toBe(true);
		expect(
			applied[0]?.next.observations
				.slice(BASE.observations.length)
				.map((o) => [o.region, o.indicator])
		).toEqual([['cq', 'constructor']]);
		expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(before);
		s.close();
	});
});

/**
 * The extraction workflow as a state class: reading a pasted plan, what it infers of the
 * document, re-reading at once when the analyst corrects the year, keeping the analyst's edits,
 * progress and stopping, files that are not text, and accepting rows (which then count as
 * loaded). The plan texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { mergeDataset } from '../../../src/lib/data/dataset.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import { readDocument } from '../../../src/lib/domain/extract/index.ts';
import { answer, type ReadResponse } from '../../../src/lib/domain/extract/worker.ts';
import { ExtractSession, type Reader } from '../../../src/lib/state/extractSession.svelte.ts';

const PLAN = [
	'南岸区“十四五”学前教育发展规划',
	'重庆市南岸区教育委员会',
	'2022年3月1日',
	'',
	'2021年，全区学前教育毛入园率为92.5%。',
	'到2025年，全区学前教育毛入园率达到96%，普惠性幼儿园覆盖率达到92%。'
].join('\n');

/** A reader on the main thread, as the default one is in node. */
const direct: Reader = (text, options, onProgress) =>
	Promise.resolve(readDocument(text, options, onProgress));

function session(dataset: () => Dataset = () => builtInDataset(), read: Reader = direct) {
	const s = new ExtractSession(dataset, read);
	s.change({ text: PLAN });
	return s;
}

const gist = (s: ExtractSession) =>
	s.rows.map((r) => [r.indicatorId || r.phrase, r.value, r.kind, r.year, r.regionId]);

describe('reading a pasted plan', () => {
	it('infers the date, plan period and region, and maps the rows onto the dataset', async () => {
		const s = session();
		await s.extract();
		expect(s.inferred).toMatchObject({
			date: { year: 2022, month: 3, day: 1, source: 'dated' },
			plan: { start: 2021, end: 2025 },
			regionId: 'nanan'
		});
		expect(s.documentYear).toBe(2022);
		expect(s.regionId).toBe('nanan');
		expect(gist(s)).toEqual([
			['preschool-gross-enrolment', 92.5, 'actual', 2021, 'nanan'],
			['preschool-gross-enrolment', 96, 'target', 2025, 'nanan'],
			['inclusive-kindergarten-coverage', 92, 'target', 2025, 'nanan']
		]);
	});

	it('re-reads at once when the analyst corrects the year, keeping edits of rows still found', async () => {
		const s = session();
		await s.extract();
		s.changeRow(2, { accept: false, indicatorName: '普惠覆盖率（自定义）' });
		// Said to be written in 2026, the 2025 figures are reported ones.
		s.change({ year: 2026 });
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect(s.documentYear).toBe(2026);
		expect(s.rows.map((r) => [r.value, r.kind])).toEqual([
			[92.5, 'actual'],
			[96, 'actual'],
			[92, 'actual']
		]);
		expect(s.rows[2]).toMatchObject({ accept: false, indicatorName: '普惠覆盖率（自定义）' });
	});
});

describe('a reading under way', () => {
	it('reports progress, and can be stopped without leaving rows behind', async () => {
		let progress: (f: number) => void = () => {};
		const stalled: Reader = (_text, _options, onProgress, signal) =>
			new Promise((_, reject) => {
				progress = onProgress;
				signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
			});
		const s = session(undefined, stalled);
		const run = s.extract();
		expect(s.running).toBe(true);
		progress(0.4);
		expect(s.progress).toBe(0.4);
		s.cancel();
		await run;
		expect([s.running, s.progress, s.rows, s.extracted]).toEqual([false, null, [], null]);
		expect(s.notice?.text.en).toMatch(/stopped/);
	});
});

describe('opening a file', () => {
	it('says why a file that is not text is refused, and reads UTF-16', () => {
		const s = session();
		s.openFile(new Uint8Array(), 'empty.txt');
		expect(s.notice?.text.en).toBe(
			'"empty.txt" is empty: open a .txt file with the document\'s text, or paste the text.'
		);
		const text = '到2025年，学前教育毛入园率达到96%。';
		const bytes = Uint8Array.from(
			[0xfeff, ...Array.from(text, (c) => c.charCodeAt(0))].flatMap((u) => [u & 0xff, u >> 8])
		);
		s.openFile(bytes, '规划.txt');
		expect([s.fields.text, s.fields.title, s.fileTitle]).toEqual([text, '规划', '规划']);
	});
});

describe('accepting', () => {
	it('adds the ticked rows, and a second reading marks them as loaded', async () => {
		let data = builtInDataset();
		const s = session(() => data);
		await s.extract();
		expect(s.rows.map((r) => r.accept)).toEqual([true, true, true]);
		const added = s.accept();
		expect(added?.count).toBe(3);
		expect(added?.title).toBe('粘贴的文本');
		expect(added?.addition.sources[0]).toMatchObject({
			title: '粘贴的文本',
			titleEn: 'Pasted text'
		});
		expect(s.rows).toEqual([]);
		data = mergeDataset(data, added!.addition);
		await s.extract();
		expect(s.rows.map((r) => [r.duplicate, r.accept])).toEqual([
			[true, false],
			[true, false],
			[true, false]
		]);
	});
});

describe('the worker', () => {
	it('answers a request with progress, then the reading, and an error with its message', () => {
		const heard: ReadResponse[] = [];
		answer({ id: 7, text: '到2027年，覆盖率达到90%。', options: {} }, (m) => heard.push(m));
		expect(heard.map((m) => m.type)).toEqual(['progress', 'progress', 'done']);
		const done = heard[heard.length - 1];
		expect(done?.type === 'done' && done.reading.candidates.map((c) => c.value)).toEqual([90]);
		const broken: ReadResponse[] = [];
		answer({ id: 8, text: null as unknown as string, options: {} }, (m) => broken.push(m));
		expect(broken).toEqual([{ id: 8, type: 'error', message: expect.any(String) }]);
	});
});

/**
 * The import workflow of the page, as a state class: read a file (off the main thread, with
 * progress), let the analyst answer what the preview asks (the sheet, the encoding, a region
 * or indicator the file lacks, what a new name means), review the figures and conflicts under
 * those answers, and apply all at once — in parts, so that the page stays responsive. The
 * session touches the app only through its {@link ImportHost}: it reads `dataset` and hands the
 * new dataset to `apply`; the import panel only shows its state and calls its methods. The
 * figures of an apply are taken in by ./importApply.ts.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are replaced whole
   ($state.raw) or private working data, never mutated in place as reactive state */
import { mergeDataset } from '../data/dataset.ts';
import { connectImporter, type Importer } from '../data/import/client.ts';
import type { ImportPreview, ImportReview } from '../data/import/service.ts';
import {
	CHOSEN_ENCODINGS,
	type ChosenEncoding,
	type Dimension,
	type ImportDefaults,
	type ImportMapping
} from '../data/import/types.ts';
import type { Bilingual } from '../data/issues.ts';
import type { Dataset, Indicator, Region } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { importMessage as m } from '../i18n/import.ts';
import { receiveParts, summaryOf } from './importApply.ts';
import { mappingOf, suggested } from './importChoices.ts';
import { datasetDownload, templateDownload, type Download, type ImportHost } from './importHost.ts';

export type { AppliedImport, Download, ImportHost } from './importHost.ts';

export { ADD_NEW, LEAVE_OUT } from './importChoices.ts';

const byZh = <T extends { zh: string }>(items: readonly T[]) =>
	[...items].sort((a, b) => a.zh.localeCompare(b.zh, 'zh-CN'));

export class ImportSession {
	/** The file being imported. */
	file = $state.raw<File | null>(null);
	busy = $state(false);
	/** 0..1 while a file is read or applied. */
	progress = $state(0);
	report = $state.raw<ImportPreview | null>(null);
	/** The preview under the current choices (figures, first rows, conflicts). */
	reviewed = $state.raw<ImportReview | null>(null);
	failure = $state.raw<Bilingual | null>(null);
	defaults = $state.raw<ImportDefaults>({});
	/** The encoding chosen instead of the detected one. */
	encoding = $state.raw<ChosenEncoding | undefined>(undefined);
	/** The sheet chosen instead of the first with data. */
	sheet = $state.raw<string | undefined>(undefined);
	/** By new item id: {@link ADD_NEW}, {@link LEAVE_OUT}, or an existing id. */
	regionChoices = $state.raw<ReadonlyMap<string, string>>(new Map());
	indicatorChoices = $state.raw<ReadonlyMap<string, string>>(new Map());

	/** The encodings the analyst may choose. */
	readonly encodings = CHOSEN_ENCODINGS;
	/** The loaded regions and indicators, by Chinese name (for the mapping lists). */
	readonly regions: Region[];
	readonly indicators: Indicator[];
	/** Figures the import would add under the current choices. */
	readonly figures: number;

	readonly #host: ImportHost;
	readonly #connect: () => Importer;
	#importer: Importer | null = null;
	/** The dataset the current preview was read against. */
	#base: Dataset | null = null;
	/** Each read gets a number; an answer to an older one is dropped. */
	#reads = 0;

	constructor(host: ImportHost, connect: () => Importer = connectImporter) {
		this.#host = host;
		this.#connect = connect;
		this.regions = $derived(byZh(host.dataset.regions));
		this.indicators = $derived(byZh(host.dataset.indicators));
		this.figures = $derived(this.reviewed?.figures ?? this.report?.figures ?? 0);
	}

	#service(): Importer {
		return (this.#importer ??= this.#connect());
	}

	/** A loaded or new region by id (for its name). */
	region(id: string): Region | undefined {
		return (
			indexDataset(this.#host.dataset).regions.byId(id) ??
			this.report?.addition.regions.find((r) => r.id === id)
		);
	}

	indicator(id: string): Indicator | undefined {
		return (
			indexDataset(this.#host.dataset).indicators.byId(id) ??
			this.report?.addition.indicators.find((i) => i.id === id)
		);
	}

	/** Read a file (the sheet, encoding and defaults of an earlier file are forgotten). */
	open(file: File): Promise<void> {
		this.file = file;
		this.encoding = undefined;
		this.sheet = undefined;
		this.defaults = {};
		return this.reread();
	}

	/** Read the file again with the current sheet, encoding and defaults. */
	async reread(): Promise<void> {
		const file = this.file;
		if (!file) return;
		const read = ++this.#reads;
		this.busy = true;
		this.progress = 0;
		this.failure = null;
		this.report = null;
		this.reviewed = null;
		const base = this.#host.dataset;
		try {
			const result = await this.#service().read(
				file,
				base,
				{
					fileName: file.name,
					defaults: this.defaults,
					...(this.encoding ? { encoding: this.encoding } : {}),
					...(this.sheet !== undefined ? { sheet: this.sheet } : {})
				},
				(p) => {
					if (read === this.#reads) this.progress = p;
				}
			);
			if (read !== this.#reads) return;
			if (!result.ok) return this.#refuse(file.name, result.message);
			this.#base = base;
			this.report = result.value;
			this.regionChoices = suggested(result.value.newRegions);
			this.indicatorChoices = suggested(result.value.newIndicators);
			await this.#review();
		} catch {
			if (read === this.#reads) this.#refuse(file.name, null);
		} finally {
			if (read === this.#reads) this.busy = false;
		}
	}

	#refuse(name: string, message: Bilingual | null): void {
		this.failure = message ?? m('session.failed');
		this.#host.notify(
			'error',
			m('session.refused', {
				name,
				why: this.failure.zh,
				whyEn: this.failure.en
			})
		);
	}

	/** Set what a file without a region or indicator column is about (read again to use it). */
	setDefault(dim: Dimension, id: string | undefined): void {
		const next = { ...this.defaults };
		if (id) next[dim] = id;
		else delete next[dim];
		this.defaults = next;
	}

	/** Read the file again in another encoding (undefined: the detected one). */
	chooseEncoding(encoding: ChosenEncoding | undefined): Promise<void> {
		this.encoding = encoding;
		return this.reread();
	}

	/** Read another sheet of the workbook. */
	chooseSheet(sheet: string): Promise<void> {
		this.sheet = sheet;
		return this.reread();
	}

	/** What a new region or indicator means, then the preview again under it. */
	choose(kind: 'region' | 'indicator', id: string, choice: string): Promise<void> {
		const key = kind === 'region' ? 'regionChoices' : 'indicatorChoices';
		const next = new Map(this[key]);
		next.set(id, choice);
		this[key] = next;
		return this.#review();
	}

	/** The choices as the importer takes them (add as new = not in the mapping). */
	get mapping(): ImportMapping {
		return mappingOf(this.regionChoices, this.indicatorChoices);
	}

	async #review(): Promise<void> {
		if (!this.report) return;
		const read = this.#reads;
		const result = await this.#service().review(this.mapping);
		if (read !== this.#reads) return;
		if (result.ok) this.reviewed = result.value;
		else this.failure = result.message;
	}

	/**
	 * Apply the previewed import: the figures come in parts (the page paints between them),
	 * then the new dataset goes to the host at once. False (with the reason in `failure`) when
	 * nothing was applied.
	 */
	async apply(): Promise<boolean> {
		const report = this.report;
		const base = this.#base;
		// Nothing new (everything already loaded, or all left out): nothing to apply.
		if (!report || !base || this.busy || this.figures === 0) return false;
		if (this.#host.dataset !== base) {
			this.failure = m('apply.stale');
			return false;
		}
		this.busy = true;
		this.progress = 0;
		this.failure = null;
		try {
			const service = this.#service();
			const mapping = this.mapping;
			const prepared = await service.prepare(mapping);
			if (!prepared.ok) {
				this.failure = prepared.message;
				return false;
			}
			const { parts, sources, regions, indicators } = prepared.value;
			const started = performance.now();
			const { observations, targets } = await receiveParts(
				service,
				parts,
				(p) => (this.progress = p)
			);
			if (this.#host.dataset !== base) {
				this.failure = m('apply.stale');
				return false;
			}
			const addition = { sources, regions, indicators, observations, targets };
			const next = mergeDataset(base, addition);
			const figures = observations.length + targets.length;
			// The time the figures took to arrive, part by part, for the benchmarks.
			performance.measure('mubiao:import-apply', { start: started, detail: { parts, figures } });
			const note = this.#host.apply(next, {
				fileName: report.fileName,
				figures,
				label: m('session.label', { name: report.fileName }),
				regions: regions.map((r) => r.id),
				indicators: [...new Set(observations.map((o) => o.indicator))],
				addition,
				summary: summaryOf(report, this.reviewed)
			});
			const applied = m('session.applied', { name: report.fileName, n: figures });
			this.#host.notify(
				note ? note.kind : 'notice',
				note ? { zh: `${applied.zh}${note.text.zh}`, en: `${applied.en} ${note.text.en}` } : applied
			);
			return true;
		} catch {
			this.failure = m('session.failed');
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** The whole dataset (with the seed provenance and the scenario's data) as CSV for Excel. */
	exportAll(): Promise<Download> {
		return datasetDownload(this.#host.effective);
	}

	/** An empty canonical CSV with Chinese headers and one example row. */
	template(): Download {
		return templateDownload();
	}

	/** End the session: the worker stops, the preview is dropped. */
	close(): void {
		this.#reads++;
		this.#importer?.close();
		this.#importer = null;
		this.report = null;
		this.reviewed = null;
	}
}

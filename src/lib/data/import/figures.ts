/**
 * Building what a read adds to the loaded data: observations and targets in the model's shape,
 * the regions, indicators and sources they name that do not exist yet, with the attributes the
 * rows give (level, parent, English name, aliases, unit, direction, bounds). Free of zod: the
 * records are checked before they get here (validate.ts), or come from a scenario file that its
 * own schema checked (see {@link addFigures}).
 */
import { nameKey } from '../../domain/text.ts';
import type {
	Dataset,
	Indicator,
	Observation,
	Provenance,
	Region,
	RegionLevel,
	Source,
	SourceKind,
	Target
} from '../model.ts';
import type { CheckedRecord } from './checked.ts';
import { NameResolver, type IndicatorRef, type RegionRef } from './resolve.ts';

/** A level from the region's name when the file does not give one. */
export function guessLevel(name: string): RegionLevel {
	if (/^(全国|中国|national|china)$/i.test(name)) return 'national';
	if (/(省|自治区|特别行政区|^北京市|^上海市|^天津市|^重庆市)$/.test(name)) return 'province';
	if (/县$|旗$/.test(name)) return 'county';
	if (/区$/.test(name)) return 'district';
	return 'city';
}

const RATE_UNITS = new Set(['个百分点', '百分点', 'pp', 'percentagepoints']);

export interface BuildOptions {
	/** Kind of source created for a source name not already known. */
	sourceKind: SourceKind;
	/** The source used for rows that name none (e.g. the uploaded file itself). */
	fileSource?: Source;
}

/** What a read adds, with the file line of each figure (parallel to the lists). */
export interface Built {
	addition: Dataset;
	observationRows: number[];
	targetRows: number[];
}

interface RegionDraft {
	id: string;
	en: string;
	aliases: string[];
	level: RegionLevel | undefined;
	parent: string;
}

/** Collects figures and new items as records arrive; {@link finish} gives the addition. */
export class AdditionBuilder {
	readonly #resolver: NameResolver;
	readonly #options: BuildOptions;
	readonly #sources = new Map<string, Source>();
	readonly #newSources: Source[] = [];
	readonly #regions = new Map<string, RegionDraft>();
	readonly #indicators = new Map<string, Indicator>();
	/** Provenance lists are shared by the figures that have the same one (immutable data). */
	readonly #provenance = new Map<string, Provenance[]>();
	#plain: Provenance[] | undefined;
	readonly #observations: Observation[] = [];
	readonly #targets: Target[] = [];
	readonly #observationRows: number[] = [];
	readonly #targetRows: number[] = [];

	constructor(base: Dataset, resolver: NameResolver, options: BuildOptions) {
		this.#resolver = resolver;
		this.#options = options;
		for (const s of base.sources) {
			this.#sources.set(s.id, s);
			if (!this.#sources.has(s.title)) this.#sources.set(s.title, s);
		}
		const file = options.fileSource;
		if (file && !this.#sources.has(file.id)) this.#source(file.id, file);
	}

	#source(name: string, given?: Source): Source {
		let s = this.#sources.get(name);
		if (!s) {
			s = given ?? { id: name, kind: this.#options.sourceKind, title: name };
			this.#sources.set(name, s);
			this.#newSources.push(s);
		}
		return s;
	}

	#provenanceOf(rec: CheckedRecord): Provenance[] {
		// Most rows of a file name no source: they share the file's one provenance list.
		if (rec.sources.length + rec.sections.length + rec.excerpts.length === 0)
			return (this.#plain ??= [
				{ source: this.#source(this.#options.fileSource?.id ?? '未注明来源').id }
			]);
		const names =
			rec.sources.length > 0 ? rec.sources : [this.#options.fileSource?.id ?? '未注明来源'];
		const key = `${names.join('\u0001')}\u0000${rec.sections.join('\u0001')}\u0000${rec.excerpts.join('\u0001')}`;
		let list = this.#provenance.get(key);
		if (!list) {
			list = names.map((name, i) => {
				const source = this.#source(name).id;
				const section = rec.sections[i];
				const excerpt = rec.excerpts[i];
				return { source, ...(section ? { section } : {}), ...(excerpt ? { excerpt } : {}) };
			});
			this.#provenance.set(key, list);
		}
		return list;
	}

	/** Note what a row says about a new region (the first row saying something wins). */
	#describeRegion(ref: RegionRef, rec: CheckedRecord): void {
		if (ref.existing) return;
		let d = this.#regions.get(ref.id);
		if (!d)
			this.#regions.set(
				ref.id,
				(d = { id: ref.id, en: '', aliases: [], level: undefined, parent: '' })
			);
		d.level ??= rec.level;
		if (!d.parent) d.parent = rec.parent;
		if (!d.en) d.en = rec.regionEn;
		if (d.aliases.length === 0) d.aliases = rec.regionAliases;
	}

	#indicatorOf(ref: IndicatorRef, rec: CheckedRecord): Indicator {
		if (ref.existing) return ref.existing;
		let indicator = this.#indicators.get(ref.id);
		if (!indicator) {
			const unit = rec.unit && !RATE_UNITS.has(nameKey(rec.unit)) ? rec.unit : '';
			indicator = {
				id: ref.id,
				zh: ref.id,
				en: rec.indicatorEn || ref.id,
				aliases: rec.indicatorAliases,
				unit,
				direction: rec.direction ?? 'up',
				...(rec.lower !== undefined ? { lowerBound: rec.lower } : {}),
				...(rec.upper !== undefined ? { upperBound: rec.upper } : {})
			};
			this.#indicators.set(ref.id, indicator);
		}
		return indicator;
	}

	/** Take one checked record (a `region` row only describes its region). */
	add(row: number, region: RegionRef, indicatorRef: IndicatorRef | null, rec: CheckedRecord): void {
		this.#describeRegion(region, rec);
		if (rec.kind === 'region' || !indicatorRef) return;
		const indicator = this.#indicatorOf(indicatorRef, rec);
		const provenance = this.#provenanceOf(rec);
		const ownUnit = rec.unit !== '' && rec.unit !== indicator.unit;
		// Same keys, same order as the schema; the common case is one object literal.
		let figure: Partial<Observation & Target>;
		if (!ownUnit && !rec.approximate && !rec.note && !rec.yearInferred && rec.horizon === null) {
			figure =
				rec.kind === 'actual'
					? {
							region: region.id,
							indicator: indicator.id,
							value: rec.value,
							provenance,
							year: rec.year
						}
					: {
							region: region.id,
							indicator: indicator.id,
							value: rec.value,
							provenance,
							year: rec.year,
							comparator: rec.comparator ?? '>=',
							valueMax: rec.valueMax
						};
		} else {
			figure = { region: region.id, indicator: indicator.id, value: rec.value };
			if (ownUnit) figure.unit = rec.unit;
			if (rec.approximate) figure.approximate = true;
			figure.provenance = provenance;
			if (rec.note) figure.note = rec.note;
			figure.year = rec.year;
			if (rec.yearInferred) figure.yearInferred = true;
			if (rec.kind === 'target') {
				figure.comparator = rec.comparator ?? '>=';
				figure.valueMax = rec.valueMax;
				if (rec.horizon !== null) figure.horizon = rec.horizon;
			}
		}
		if (rec.kind === 'actual') {
			this.#observations.push(figure as Observation);
			this.#observationRows.push(row);
		} else {
			this.#targets.push(figure as Target);
			this.#targetRows.push(row);
		}
	}

	/** New regions in the order they came, each parent resolved (a parent never seen is created). */
	#finishRegions(): Region[] {
		const out: Region[] = [];
		const drafts = [...this.#regions.values()];
		for (let i = 0; i < drafts.length; i++) {
			const d = drafts[i] as RegionDraft;
			let parent: string | undefined;
			if (d.parent) {
				const ref = this.#resolver.region(d.parent);
				if (ref && ref.id !== d.id) {
					parent = ref.id;
					if (!ref.existing && !this.#regions.has(ref.id)) {
						const created: RegionDraft = {
							id: ref.id,
							en: '',
							aliases: [],
							level: undefined,
							parent: ''
						};
						this.#regions.set(ref.id, created);
						drafts.push(created);
					}
				}
			}
			out.push({
				id: d.id,
				zh: d.id,
				en: d.en || d.id,
				aliases: d.aliases,
				level: d.level ?? guessLevel(d.id),
				...(parent ? { parent } : {})
			});
		}
		return out;
	}

	finish(): Built {
		return {
			addition: {
				sources: this.#newSources,
				regions: this.#finishRegions(),
				indicators: [...this.#indicators.values()],
				observations: this.#observations,
				targets: this.#targets
			},
			observationRows: this.#observationRows,
			targetRows: this.#targetRows
		};
	}
}

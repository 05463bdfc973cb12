/**
 * The canonical long CSV (data-format.md §1): its columns, and the mapping between its rows and
 * the dataset's observations and targets. Every other file shape is turned into canonical
 * records first and validated here, so there is one place that decides what a row means.
 */
import { foldWidth, nameKey } from '../domain/text.ts';
import { parseNumber, parseYear } from '../domain/numbers.ts';
import { toCsv, unescapeCell, type Cell } from './csv.ts';
import { issue, type DataIssue } from './issues.ts';
import { COMPARATORS } from './vocabulary.ts';
import type {
	Comparator,
	Dataset,
	Direction,
	Indicator,
	Observation,
	Provenance,
	Region,
	RegionLevel,
	Source,
	SourceKind,
	Target
} from './model.ts';
import { indexDataset } from './registry.ts';

/** The columns in export order, with the Chinese headers accepted on import. */
export const COLUMNS = [
	{ key: 'region', zh: ['地区', '区域', '地区名称'] },
	{ key: 'indicator', zh: ['指标', '指标名称'] },
	{ key: 'year', zh: ['年份', '年度', '时间'] },
	{ key: 'value', zh: ['数值', '值'] },
	{ key: 'unit', zh: ['单位'] },
	{ key: 'kind', zh: ['类型'] },
	{ key: 'comparator', zh: ['比较', '比较符'] },
	{ key: 'value_max', zh: ['上限'] },
	{ key: 'direction', zh: ['方向'] },
	{ key: 'lower_bound', zh: ['下界'] },
	{ key: 'upper_bound', zh: ['上界'] },
	{ key: 'source', zh: ['来源'] },
	{ key: 'section', zh: ['章节'] },
	{ key: 'excerpt', zh: ['原文'] },
	{ key: 'note', zh: ['备注'] },
	{ key: 'region_level', zh: ['层级'] },
	{ key: 'parent_region', zh: ['上级地区'] },
	{ key: 'approximate', zh: ['约数'] },
	{ key: 'year_inferred', zh: ['年份推定'] },
	{ key: 'horizon', zh: ['研判年份'] }
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

const HEADER_KEYS = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
	HEADER_KEYS.set(nameKey(c.key), c.key);
	for (const zh of c.zh) HEADER_KEYS.set(nameKey(zh), c.key);
}

/** The column a header cell names, or null. */
export function columnKey(header: string): ColumnKey | null {
	return HEADER_KEYS.get(nameKey(header)) ?? null;
}

/** One data row of a file, by canonical column, with its line number and original headers. */
export interface CanonicalRecord {
	row: number;
	cells: Partial<Record<ColumnKey, string>>;
	/**
	 * The header each cell had in the file, when it differs from row to row (a wide file's
	 * value sits under `2019年`, `2020年`, …); falls back to {@link ReadOptions.headers}.
	 */
	headers?: Partial<Record<ColumnKey, string>>;
}

/** Several provenances of one figure are written in one cell each, joined by this. */
export const MULTI_SEPARATOR = ' | ';

export interface ReadOptions {
	/** Kind of source created for a source name not already known. */
	sourceKind: SourceKind;
	/** The source used for rows that name none (e.g. the uploaded file itself). */
	fileSource?: Source;
	/** The header each column key had in the file, for issue messages. */
	headers?: Partial<Record<ColumnKey, string>>;
}

export interface ReadResult {
	/** What the rows add: new regions, indicators, sources, and all accepted figures. */
	addition: Dataset;
	issues: DataIssue[];
	rowsRead: number;
	rowsAccepted: number;
	/** The record row (file line) of each accepted observation, in `addition.observations` order. */
	observationRows: number[];
	/** The record row (file line) of each accepted target, in `addition.targets` order. */
	targetRows: number[];
}

const LEVEL_WORDS: Record<string, RegionLevel> = {
	national: 'national',
	全国: 'national',
	国家: 'national',
	province: 'province',
	省: 'province',
	省级: 'province',
	city: 'city',
	市: 'city',
	地市: 'city',
	district: 'district',
	区: 'district',
	county: 'county',
	县: 'county'
};

/** A word-table lookup that ignores inherited keys (`constructor`, `toString`). */
function word<T>(table: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A level from the region's name when the file does not give one. */
export function guessLevel(name: string): RegionLevel {
	if (/^(全国|中国|national|china)$/i.test(name)) return 'national';
	if (/(省|自治区|特别行政区|^北京市|^上海市|^天津市|^重庆市)$/.test(name)) return 'province';
	if (/县$|旗$/.test(name)) return 'county';
	if (/区$/.test(name)) return 'district';
	return 'city';
}

function parseKind(raw: string): 'actual' | 'target' | null {
	if (raw === '' || raw === 'actual') return 'actual';
	if (raw === 'target') return 'target';
	const k = nameKey(raw);
	if (k === '' || k === 'actual' || k === '实际' || k === '实际值') return 'actual';
	if (k === 'target' || k === '目标' || k === '目标值') return 'target';
	return null;
}

const COMPARATOR_WORDS: Record<string, Comparator> = {
	'≥': '>=',
	'=>': '>=',
	不低于: '>=',
	达到: '>=',
	以上: '>=',
	'≤': '<=',
	'=<': '<=',
	不高于: '<=',
	不超过: '<=',
	以内: '<=',
	超过: '>',
	高于: '>',
	低于: '<',
	区间: 'range',
	范围: 'range'
};

function parseComparator(raw: string): Comparator | null {
	const k = foldWidth(raw).replace(/\s+/g, '').toLowerCase();
	if ((COMPARATORS as readonly string[]).includes(k)) return k as Comparator;
	return word(COMPARATOR_WORDS, k) ?? null;
}

function parseDirection(raw: string): Direction | null {
	if (raw === 'up' || raw === 'down') return raw;
	const k = nameKey(raw);
	if (k === 'up' || k === '越高越好' || k === '正向') return 'up';
	if (k === 'down' || k === '越低越好' || k === '逆向' || k === '负向') return 'down';
	return null;
}

const RATE_UNITS = new Set(['个百分点', '百分点', 'pp', 'percentagepoints']);

/** Values of the `approximate` column that mark a figure approximate. */
const APPROXIMATE_WORDS = /^(true|1|是|yes|约)$/i;
/** Values of the `year_inferred` column that mark a year as read from context, not stated. */
const INFERRED_WORDS = /^(true|1|是|yes|推定)$/i;

/** A cell as written, with the spreadsheet-formula guard taken off ('' when absent). */
function unescaped(cell: string | undefined): string {
	return cell ? unescapeCell(cell) : '';
}

/**
 * The items a read creates, looked up as a NameIndex over them would (they have no aliases, so
 * adding them one at a time gives the same answers as rebuilding the index after each).
 */
function addedIndex<T extends { id: string; zh: string; en: string }>() {
	const byId = new Map<string, T>();
	const byKey = new Map<string, T>();
	return {
		add(item: T): void {
			byId.set(item.id, item);
			for (const name of [item.id, item.zh, item.en]) {
				const key = nameKey(name);
				if (key && !byKey.has(key)) byKey.set(key, item);
			}
		},
		resolve(name: string): T | undefined {
			return byId.get(name) ?? byKey.get(nameKey(name));
		}
	};
}

/** Read canonical records against what is already loaded. Never throws on bad rows. */
export function readRecords(
	records: readonly CanonicalRecord[],
	base: Dataset,
	options: ReadOptions
): ReadResult {
	const idx = indexDataset(base);
	const issues: DataIssue[] = [];
	const newRegions: Region[] = [];
	const newIndicators: Indicator[] = [];
	const newSources: Source[] = [];
	const regionsAdded = addedIndex<Region>();
	const indicatorsAdded = addedIndex<Indicator>();
	const sourceByKey = new Map<string, Source>();
	for (const s of base.sources) {
		sourceByKey.set(s.id, s);
		if (!sourceByKey.has(s.title)) sourceByKey.set(s.title, s);
	}
	const observations: Observation[] = [];
	const targets: Target[] = [];
	const observationRows: number[] = [];
	const targetRows: number[] = [];
	if (options.fileSource && !sourceByKey.has(options.fileSource.id)) {
		newSources.push(options.fileSource);
		sourceByKey.set(options.fileSource.id, options.fileSource);
	}

	// Names repeat on every row: remember what each resolved to (a found item stays found).
	const regionHits = new Map<string, Region>();
	const indicatorHits = new Map<string, Indicator>();
	const findRegion = (n: string) => {
		let hit = regionHits.get(n);
		if (!hit) {
			hit = idx.regions.resolve(n) ?? regionsAdded.resolve(n);
			if (hit) regionHits.set(n, hit);
		}
		return hit;
	};
	const findIndicator = (n: string) => {
		let hit = indicatorHits.get(n);
		if (!hit) {
			hit = idx.indicators.resolve(n) ?? indicatorsAdded.resolve(n);
			if (hit) indicatorHits.set(n, hit);
		}
		return hit;
	};

	// The helpers read the current record; made once, not once per row (large files).
	let rec: CanonicalRecord = { row: 0, cells: {} };
	const header = (k: ColumnKey): string => rec.headers?.[k] ?? options.headers?.[k] ?? k;
	const cell = (k: ColumnKey): string => unescaped(rec.cells[k]).trim();
	const bad = (k: ColumnKey, zh: string, en: string) =>
		issues.push(issue(rec.row, header(k), cell(k), zh, en));
	const warn = (k: ColumnKey, zh: string, en: string) =>
		issues.push(issue(rec.row, header(k), cell(k), zh, en, 'warning'));

	for (rec of records) {
		const before = issues.length;
		// Each cell is read once (unescaped; trimmed where compared): large files have millions
		// of records, and a lookup by key through a helper per use was most of the reading time.
		const c = rec.cells;

		const regionName = unescaped(c.region).trim();
		const indicatorName = unescaped(c.indicator).trim();
		if (!regionName) bad('region', '缺少地区名称。', 'The region is missing.');
		if (!indicatorName) bad('indicator', '缺少指标名称。', 'The indicator is missing.');
		const kind = parseKind(unescaped(c.kind).trim());
		if (!kind) bad('kind', '类型应为“实际值”或“目标值”。', 'Kind must be "actual" or "target".');

		let year: number | null = null;
		const yearCell = unescaped(c.year).trim();
		if (yearCell) {
			year = parseYear(yearCell);
			if (year === null)
				bad('year', '年份应为四位数字，如 2024。', 'Year must be four digits, e.g. 2024.');
		}

		const existingIndicator = indicatorName ? findIndicator(indicatorName) : undefined;
		const unitText = unescaped(c.unit).trim();
		const unitCell = unitText === '' ? '' : foldWidth(unitText);
		const parsed = parseNumber(
			unescaped(c.value).trim(),
			unitCell || existingIndicator?.unit || ''
		);
		if (parsed.kind === 'missing') {
			if (issues.length === before) {
				warn('value', '数值缺失，此行跳过。', 'No value: row skipped.');
			}
			continue;
		}
		if (parsed.kind === 'invalid') bad('value', '数值无法识别。', 'The value is not a number.');

		const comparatorCell = unescaped(c.comparator).trim();
		const valueMaxCell = unescaped(c.value_max).trim();
		const directionCell = unescaped(c.direction).trim();
		let comparator: Comparator | null = null;
		let valueMax: number | null = null;
		if (kind === 'target') {
			const dirCell = parseDirection(directionCell);
			const dir = existingIndicator?.direction ?? dirCell ?? 'up';
			comparator = comparatorCell ? parseComparator(comparatorCell) : dir === 'down' ? '<=' : '>=';
			if (!comparator) {
				bad(
					'comparator',
					'比较符应为 >=、>、<=、<、range、rate<= 或 rate>=。',
					'Comparator must be one of >=, >, <=, <, range, rate<=, rate>=.'
				);
			} else if (comparator === 'range') {
				const max = parseNumber(valueMaxCell, unitCell);
				if (max.kind !== 'number')
					bad('value_max', '区间目标需要上限数值。', 'A range target needs value_max.');
				else if (parsed.kind === 'number' && max.value < parsed.value)
					bad('value_max', '上限小于下限。', 'value_max is below value.');
				else valueMax = max.value;
			}
		} else if (comparatorCell || valueMaxCell) {
			warn(
				'comparator',
				'实际值不使用比较符和上限，已忽略。',
				'Actual values take no comparator or value_max: ignored.'
			);
		}

		const lowerCell = unescaped(c.lower_bound).trim();
		const upperCell = unescaped(c.upper_bound).trim();
		const lower = lowerCell ? parseNumber(lowerCell) : null;
		const upper = upperCell ? parseNumber(upperCell) : null;
		if (lower && lower.kind !== 'number')
			bad('lower_bound', '下界不是数字。', 'lower_bound is not a number.');
		if (upper && upper.kind !== 'number')
			bad('upper_bound', '上界不是数字。', 'upper_bound is not a number.');
		const direction = directionCell ? parseDirection(directionCell) : null;
		if (directionCell && !direction)
			bad('direction', '方向应为 up 或 down。', 'Direction must be up or down.');
		const levelCell = unescaped(c.region_level).trim();
		const level = levelCell
			? (word(LEVEL_WORDS, levelCell) ?? word(LEVEL_WORDS, nameKey(levelCell)))
			: undefined;
		if (levelCell && !level)
			bad(
				'region_level',
				'层级应为 national、province、city、district 或 county。',
				'Level must be national, province, city, district or county.'
			);

		let rejected = parsed.kind !== 'number' || !kind;
		for (let i = before; i < issues.length && !rejected; i++)
			rejected = issues[i]?.severity === 'error';
		if (rejected || parsed.kind !== 'number' || !kind) continue;

		// Region and indicator: resolve, or create for this import.
		let region = findRegion(regionName);
		if (!region) {
			const parentCell = unescaped(c.parent_region).trim();
			const parent = parentCell ? findRegion(parentCell) : undefined;
			region = {
				id: regionName,
				zh: regionName,
				en: regionName,
				aliases: [],
				level: level ?? guessLevel(regionName),
				...(parent ? { parent: parent.id } : {})
			};
			newRegions.push(region);
			regionsAdded.add(region);
		}
		let indicator = existingIndicator;
		if (!indicator) {
			indicator = {
				id: indicatorName,
				zh: indicatorName,
				en: indicatorName,
				aliases: [],
				unit: unitCell && !RATE_UNITS.has(nameKey(unitCell)) ? unitCell : parsed.percent ? '%' : '',
				direction: direction ?? 'up',
				...(lower?.kind === 'number' ? { lowerBound: lower.value } : {}),
				...(upper?.kind === 'number' ? { upperBound: upper.value } : {})
			};
			newIndicators.push(indicator);
			indicatorsAdded.add(indicator);
		} else if (direction && direction !== indicator.direction) {
			warn(
				'direction',
				`指标“${indicator.zh}”的方向已定义为 ${indicator.direction}，此处忽略。`,
				`"${indicator.en}" is already defined as ${indicator.direction}: ignored here.`
			);
		}

		const unit = unitCell || (parsed.percent ? '%' : '');
		const isRate = comparator === 'rate<=' || comparator === 'rate>=';
		if (unit && unit !== indicator.unit && !(isRate && RATE_UNITS.has(nameKey(unit)))) {
			warn(
				'unit',
				`单位“${unit}”与指标单位“${indicator.unit}”不同，请核对。`,
				`Unit "${unit}" differs from the indicator's unit "${indicator.unit}": please check.`
			);
		}
		if (year === null && kind === 'actual') {
			warn(
				'year',
				'未注明年份：列出但不用于图表和趋势。',
				'Year not stated: listed, but not charted or used for trends.'
			);
		}

		const provenance = readProvenance(
			unescaped(c.source),
			unescaped(c.section),
			unescaped(c.excerpt),
			options,
			sourceByKey,
			newSources
		);
		const approximate =
			parsed.approximate || APPROXIMATE_WORDS.test(unescaped(c.approximate).trim());
		const note = unescaped(c.note).trim();
		const ownUnit = unit !== '' && unit !== indicator.unit;
		const yearInferred = year !== null && INFERRED_WORDS.test(unescaped(c.year_inferred).trim());
		const horizonCell = unescaped(c.horizon).trim();
		const horizon = kind === 'target' && year === null && horizonCell ? parseYear(horizonCell) : null;
		if (horizonCell && kind === 'target' && year === null && horizon === null)
			warn('horizon', '研判年份应为四位数字，已忽略。', 'horizon must be a four-digit year: ignored.');
		// Same keys, same order as the schema. The common case is one object literal (all fields
		// in the object itself); optional fields are added one by one, never by spreads.
		let figure: Partial<Observation & Target>;
		if (!ownUnit && !approximate && !note && !yearInferred && horizon === null) {
			figure =
				kind === 'actual'
					? { region: region.id, indicator: indicator.id, value: parsed.value, provenance, year }
					: {
							region: region.id,
							indicator: indicator.id,
							value: parsed.value,
							provenance,
							year,
							comparator: comparator ?? '>=',
							valueMax
						};
		} else {
			figure = { region: region.id, indicator: indicator.id, value: parsed.value };
			if (ownUnit) figure.unit = unit;
			if (approximate) figure.approximate = true;
			figure.provenance = provenance;
			if (note) figure.note = note;
			figure.year = year;
			if (yearInferred) figure.yearInferred = true;
			if (kind === 'target') {
				figure.comparator = comparator ?? '>=';
				figure.valueMax = valueMax;
				if (horizon !== null) figure.horizon = horizon;
			}
		}
		if (kind === 'actual') {
			observations.push(figure as Observation);
			observationRows.push(rec.row);
		} else {
			targets.push(figure as Target);
			targetRows.push(rec.row);
		}
	}

	return {
		addition: {
			sources: newSources,
			regions: newRegions,
			indicators: newIndicators,
			observations,
			targets
		},
		issues,
		rowsRead: records.length,
		rowsAccepted: observations.length + targets.length,
		observationRows,
		targetRows
	};
}

function readProvenance(
	source: string,
	section: string,
	excerpt: string,
	options: ReadOptions,
	sourceByKey: Map<string, Source>,
	newSources: Source[]
): Provenance[] {
	if (!source && !section && !excerpt) {
		// The common case in large files: no provenance columns, the file is the source.
		const known = sourceByKey.get(options.fileSource?.id ?? '未注明来源');
		if (known) return [{ source: known.id }];
	}
	const split = (cell: string) =>
		cell.trim() ? cell.split(MULTI_SEPARATOR).map((p) => p.trim()) : [];
	const named = split(source).filter((s) => s !== '');
	const sources = named.length > 0 ? named : [options.fileSource?.id ?? '未注明来源'];
	const sections = split(section);
	const excerpts = split(excerpt);
	return sources.map((name, i) => {
		let s = sourceByKey.get(name);
		if (!s) {
			s = { id: name, kind: options.sourceKind, title: name };
			sourceByKey.set(name, s);
			newSources.push(s);
		}
		const sec = sections[i];
		const ex = excerpts[i];
		return { source: s.id, ...(sec ? { section: sec } : {}), ...(ex ? { excerpt: ex } : {}) };
	});
}

/** The dataset's observations and targets as canonical rows (header first). */
export function datasetRows(dataset: Dataset): Cell[][] {
	const idx = indexDataset(dataset);
	const rows: Cell[][] = [COLUMNS.map((c) => c.key)];
	const push = (
		f: Observation | Target,
		kind: 'actual' | 'target',
		comparator: string,
		valueMax: number | null
	) => {
		const region = idx.regions.byId(f.region);
		const indicator = idx.indicators.byId(f.indicator);
		const parent = region?.parent ? idx.regions.byId(region.parent) : undefined;
		const join = (pick: (p: Provenance) => string | undefined) => {
			const parts = f.provenance.map((p) => pick(p) ?? '');
			return parts.every((p) => p === '') ? '' : parts.join(MULTI_SEPARATOR);
		};
		rows.push([
			region?.zh ?? f.region,
			indicator?.zh ?? f.indicator,
			f.year,
			f.value,
			f.unit ?? indicator?.unit ?? '',
			kind,
			comparator,
			valueMax,
			indicator?.direction ?? '',
			indicator?.lowerBound,
			indicator?.upperBound,
			join((p) => p.source),
			join((p) => p.section),
			join((p) => p.excerpt),
			f.note,
			region?.level ?? '',
			parent?.zh ?? '',
			f.approximate ? 'true' : '',
			f.yearInferred ? 'true' : '',
			'horizon' in f ? f.horizon : undefined
		]);
	};
	for (const o of dataset.observations) push(o, 'actual', '', null);
	for (const t of dataset.targets) push(t, 'target', t.comparator, t.valueMax);
	return rows;
}

/** The whole dataset as canonical long CSV text. */
export function writeCanonical(dataset: Dataset): string {
	return toCsv(datasetRows(dataset));
}

/** Rows of a canonical file (header first) → records, with the header each column had. */
export function recordsFromRows(
	rows: readonly (readonly string[])[],
	firstLine = 1
): { records: CanonicalRecord[]; headers: Partial<Record<ColumnKey, string>>; unknown: string[] } {
	const [head = [], ...body] = rows;
	const keys = head.map(columnKey);
	const headers: Partial<Record<ColumnKey, string>> = {};
	const unknown: string[] = [];
	head.forEach((h, i) => {
		const k = keys[i];
		if (k) headers[k] ??= h;
		else if (h.trim()) unknown.push(h);
	});
	const records: CanonicalRecord[] = [];
	body.forEach((cells, i) => {
		if (cells.every((c) => c.trim() === '')) return;
		const rec: CanonicalRecord = { row: firstLine + 1 + i, cells: {} };
		cells.forEach((c, j) => {
			const k = keys[j];
			if (k && rec.cells[k] === undefined) rec.cells[k] = c;
		});
		records.push(rec);
	});
	return { records, headers, unknown };
}

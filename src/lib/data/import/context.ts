/**
 * What every shape converter shares: the parsed rows and layout, the loaded dataset, the
 * caller's defaults, and the helpers that turn a file's names and value cells into canonical
 * record cells (resolving `China` to 全国, filling a dimension the file leaves out).
 */
import { foldWidth, nameKey } from '../../domain/text.ts';
import { MISSING_MARKERS } from '../../domain/numbers.ts';
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import type { Bilingual, DataIssue } from '../issues.ts';
import type { Dataset } from '../model.ts';
import { indexDataset } from '../registry.ts';
import { metaValue, type FileMeta } from './layout.ts';
import { isNationalName, nationalRegion, splitUnit } from './names.ts';
import type { Delimiter, Dimension, ImportDefaults } from './types.ts';

export interface Context {
	base: Dataset;
	rows: readonly string[][];
	lines: readonly number[];
	/** Row index of the header; data rows are `header + 1 … end - 1`. */
	header: number;
	end: number;
	meta: FileMeta;
	defaults: ImportDefaults;
	delimiter: Delimiter;
	/** Where converters send each canonical record (read in batches as they come). */
	emit: (record: CanonicalRecord) => void;
}

/** What a converter found, besides the records it emitted. */
export interface Conversion {
	label: Bilingual;
	/** Header of each canonical column, where one column of the file holds it. */
	headers: Partial<Record<ColumnKey, string>>;
	issues: DataIssue[];
	notes: Bilingual[];
	missing: Dimension[];
	/** Region cells that are aggregates (World, High income, …). */
	aggregates: Set<string>;
	/** Non-blank data lines, and those of them without any value. */
	dataRows: number;
	emptyRows: number;
	/** Lines rejected before the records were read (no region, unreadable year, …). */
	rejectedRows: Set<number>;
}

export function emptyConversion(label: Bilingual): Conversion {
	return {
		label,
		headers: {},
		issues: [],
		notes: [],
		missing: [],
		aggregates: new Set(),
		dataRows: 0,
		emptyRows: 0,
		rejectedRows: new Set()
	};
}

const MISSING = new Set<string>(MISSING_MARKERS);

/** Whether a value cell means "no value" (empty, `..`, `-`, `NA`, …). */
export function isMissing(cell: string | undefined): boolean {
	if (cell === undefined || cell === '') return true;
	// No marker starts with a digit: a plain number (most cells of a large file) is not missing.
	const first = cell.charCodeAt(0);
	if (first >= 48 && first <= 57) return false;
	return MISSING.has(foldWidth(cell).trim().toLowerCase());
}

/** In a semicolon file, `93,1` is 93.1 (and `1.234,5` is 1234.5). */
export function normaliseValue(cell: string, delimiter: Delimiter): string {
	if (delimiter !== ';') return cell;
	const s = cell.trim();
	if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
	if (/^[+-]?\d+,\d+$/.test(s) && !/^[+-]?\d{1,3},\d{3}$/.test(s)) return s.replace(',', '.');
	return cell;
}

/** A dimension's value for every row, and where it came from. */
export interface Fallback {
	/** An id or name, as a record cell. */
	value: string;
	/** How to show it (the display name when `value` is a known id). */
	label: string;
	unit: string;
	from: 'defaults' | 'preamble' | 'title';
}

const TITLE_NOISE =
	/^(表|图|附表)\s*[\d一二三四五六七八九十]+[-.．、:：\s]*|各地区|各省份?|分省|分地区|各省（区、市）|各省\(区、市\)|统计表|情况表?$/g;

interface Known {
	id: string;
	zh: string;
	en: string;
	aliases: readonly string[];
}

/** The known item whose name (or alias) is the longest one found inside `text`. */
function longestIn<T extends Known>(text: string, items: readonly T[]): T | undefined {
	const key = nameKey(text);
	let best: { item: T; length: number } | undefined;
	for (const item of items) {
		for (const n of [item.zh, item.en, ...item.aliases]) {
			const k = nameKey(n);
			if (k.length >= 2 && key.includes(k) && (!best || k.length > best.length))
				best = { item, length: k.length };
		}
	}
	return best?.item;
}

/**
 * The missing dimension, in this order: the caller's default; a preamble line (`指标：…`,
 * `地区：…`, `Indicator: …`; `数据库：年度数据` means the whole country); a name the dataset
 * knows found in a title line; for an indicator, the title itself once table numbers, region
 * words and the unit are taken off. Null when none of these gives one.
 */
export function fallback(dim: Dimension, ctx: Context): Fallback | null {
	const given = ctx.defaults[dim]?.trim();
	if (given)
		return { value: given, label: given, unit: ctx.defaults.unit?.trim() ?? '', from: 'defaults' };
	const { meta, base } = ctx;
	if (dim === 'indicator') {
		const v = metaValue(
			meta,
			'指标',
			'指标名称',
			'indicator',
			'indicator name',
			'series',
			'series name'
		);
		if (v) {
			const { name, unit } = splitUnit(v);
			return {
				value: name,
				label: name,
				unit: unit || (metaValue(meta, '单位', 'unit') ?? ''),
				from: 'preamble'
			};
		}
	} else {
		const v = metaValue(
			meta,
			'地区',
			'地区名称',
			'region',
			'country',
			'country name',
			'国家',
			'省份'
		);
		if (v) return { value: v, label: v, unit: '', from: 'preamble' };
		const db = metaValue(meta, '数据库', 'database');
		if (db && /^(年度|季度|月度)数据$/.test(db.replace(/\s/g, ''))) {
			const national = nationalRegion(base);
			return {
				value: national?.id ?? '全国',
				label: national?.zh ?? '全国',
				unit: '',
				from: 'preamble'
			};
		}
	}
	for (const title of meta.titles) {
		const { name: bare, unit } = splitUnit(title);
		const known = longestIn<Known>(bare, dim === 'indicator' ? base.indicators : base.regions);
		if (known) return { value: known.id, label: known.zh, unit, from: 'title' };
		if (dim === 'region') {
			const m =
				/^(?:(?:表|图)\s*[\d一二三四五六七八九十]+[-.．、:：\s]*)?(\S{2,10}?(?:省|自治区|特别行政区|市|县|区))/.exec(
					bare
				);
			if (m?.[1] && !/^各/.test(m[1])) return { value: m[1], label: m[1], unit: '', from: 'title' };
			continue;
		}
		let name = bare.replace(TITLE_NOISE, '').trim();
		const region = longestIn(name, base.regions);
		for (const n of region ? [region.zh, region.en, ...region.aliases] : [])
			if (n && name.startsWith(n)) name = name.slice(n.length);
		name = name.replace(/^[\s:：,，、-]+|[\s:：,，、-]+$/g, '');
		if (name.length >= 2 && name.length <= 40)
			return { value: name, label: name, unit, from: 'title' };
	}
	return null;
}

/** One issue saying a dimension is missing, and how the caller can supply it. */
export function missingMessage(dim: Dimension): Bilingual {
	return dim === 'indicator'
		? {
				zh: '文件没有指标列，标题和说明行中也找不到指标名称：请选择这些数值属于哪个指标后再导入。',
				en: 'The file has no indicator column and its title lines name none: choose the indicator these values belong to, then import.'
			}
		: {
				zh: '文件没有地区列，标题和说明行中也找不到地区名称：请选择这些数值属于哪个地区后再导入。',
				en: 'The file has no region column and its title lines name none: choose the region these values belong to, then import.'
			};
}

/** A note saying where a missing dimension was taken from. */
export function fallbackNote(dim: Dimension, f: Fallback): Bilingual {
	const zhDim = dim === 'indicator' ? '指标' : '地区';
	const where = {
		defaults: ['导入时的选择', 'your choice'],
		preamble: ['文件说明行', 'the preamble'],
		title: ['标题', 'the title']
	}[f.from];
	return {
		zh: `文件没有${zhDim}列：${zhDim}“${f.label}”取自${where[0]}。`,
		en: `The file has no ${dim} column: ${dim} "${f.label}" taken from ${where[1]}.`
	};
}

/**
 * Resolving region names once per distinct name: a name the dataset knows stays as it is; a
 * name or code meaning the whole country becomes the national region's id.
 */
export function regionResolver(
	base: Dataset,
	notes: Bilingual[]
): (name: string, code?: string) => string {
	const idx = indexDataset(base);
	const national = nationalRegion(base);
	const cache = new Map<string, string>();
	return (name, code = '') => {
		const key = code === '' ? name : `${name}\u0000${code}`;
		let cell = cache.get(key);
		if (cell === undefined) {
			// The cell is handed on as written (readRecords unescapes and trims it).
			cell = name;
			if (!idx.regions.resolve(name.trim())) {
				if (code && idx.regions.resolve(code))
					cell = (idx.regions.resolve(code) as { id: string }).id;
				else if (national && (isNationalName(name) || (code !== '' && isNationalName(code)))) {
					cell = national.id;
					const label = code ? `${name}（${code}）` : name;
					notes.push({
						zh: `“${label}”按${national.zh}导入。`,
						en: `"${code ? `${name} (${code})` : name}" imported as ${national.zh} (${national.en}).`
					});
				}
			}
			cache.set(key, cell);
		}
		return cell;
	};
}

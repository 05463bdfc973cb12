/**
 * Resolving the names a file gives, once per distinct name (and code): a region or indicator the
 * loaded data knows by id, name or alias; a name or code meaning the whole of China (→ the
 * national region); a code beside an unknown name (`Country Code`, `Series Code`, with historic
 * World Bank codes read as today's); or else a new item whose id is the name as written. Names
 * are keys of Maps only: a region called `__proto__` is a region like any other.
 */
import { nameKey } from '../../domain/text.ts';
import { unescapeCell } from '../csv.ts';
import type { Dataset, Indicator, Region } from '../model.ts';
import { indexDataset, type DatasetIndex } from '../registry.ts';
import { currentCode, isNationalName, nationalRegion, splitUnit, worldBankUnit } from './names.ts';

/** How a file's indicator names carry a unit: `名称(单位)`, World Bank's `(% gross)`, or not. */
export type NameStyle = 'plain' | 'split' | 'worldBank';

/** A resolved region: a loaded one, or a new one (`existing` undefined) with this id. */
export interface RegionRef {
	id: string;
	existing: Region | undefined;
}

/** A resolved indicator, and the unit its name carried (`普通高等学校数(所)` → 所). */
export interface IndicatorRef {
	id: string;
	existing: Indicator | undefined;
	unit: string;
}

/** Told when a name or code is read as the national region (`China (CHN)` → 全国). */
export type NationalNote = (written: { name: string; code: string }, national: Region) => void;

/** Resolves names against one loaded dataset, remembering every answer. */
export class NameResolver {
	readonly #idx: DatasetIndex;
	readonly #national: Region | undefined;
	readonly #regions = new Map<string, RegionRef | null>();
	readonly #indicators = new Map<string, IndicatorRef | null>();
	/** New names by {@link nameKey}, so that `Beijing` and `Ｂｅｉｊｉｎｇ` become one item. */
	readonly #newRegions = new Map<string, string>();
	readonly #newIndicators = new Map<string, string>();
	readonly #onNational: NationalNote | undefined;
	readonly #style: NameStyle;

	constructor(base: Dataset, style: NameStyle = 'plain', onNational?: NationalNote) {
		this.#idx = indexDataset(base);
		this.#national = nationalRegion(base);
		this.#onNational = onNational;
		this.#style = style;
	}

	/** The region a cell (and code) names; null when both are empty. */
	region(cell: string | undefined, code = ''): RegionRef | null {
		const key = code === '' ? (cell ?? '') : `${cell ?? ''}\u0000${code}`;
		let ref = this.#regions.get(key);
		if (ref === undefined) {
			ref = this.#resolveRegion(unescapeCell(cell ?? '').trim(), currentCode(code));
			this.#regions.set(key, ref);
		}
		return ref;
	}

	#resolveRegion(name: string, code: string): RegionRef | null {
		const regions = this.#idx.regions;
		// A file with codes only (`Country Code` and years) names its regions by code.
		const written = name || code;
		if (!written) return null;
		const known = regions.resolve(written) ?? (code ? regions.resolve(code) : undefined);
		if (known) return { id: known.id, existing: known };
		const national = this.#national;
		if (national && (isNationalName(written) || (code !== '' && isNationalName(code)))) {
			this.#onNational?.({ name: written === code ? '' : name, code }, national);
			return { id: national.id, existing: national };
		}
		return { id: this.#newId(this.#newRegions, written), existing: undefined };
	}

	/** The indicator a cell (and code) names; null when both are empty. */
	indicator(cell: string | undefined, code = ''): IndicatorRef | null {
		const key = code === '' ? (cell ?? '') : `${cell ?? ''}\u0000${code}`;
		let ref = this.#indicators.get(key);
		if (ref === undefined) {
			ref = this.#resolveIndicator(unescapeCell(cell ?? '').trim(), code.trim());
			this.#indicators.set(key, ref);
		}
		return ref;
	}

	#resolveIndicator(name: string, code: string): IndicatorRef | null {
		const indicators = this.#idx.indicators;
		const written = name || code;
		if (!written) return null;
		const known = indicators.resolve(written) ?? (code ? indicators.resolve(code) : undefined);
		if (known) return { id: known.id, existing: known, unit: '' };
		let bare = written;
		let unit = '';
		if (this.#style === 'split') ({ name: bare, unit } = splitUnit(written));
		else if (this.#style === 'worldBank') unit = worldBankUnit(written);
		const split = bare === written ? undefined : indicators.resolve(bare);
		if (split) return { id: split.id, existing: split, unit };
		return { id: this.#newId(this.#newIndicators, bare), existing: undefined, unit };
	}

	#newId(seen: Map<string, string>, name: string): string {
		const key = nameKey(name);
		let id = seen.get(key);
		if (id === undefined) seen.set(key, (id = name));
		return id;
	}

	/** A region by id among the loaded ones. */
	loadedRegion(id: string): Region | undefined {
		return this.#idx.regions.byId(id);
	}
}

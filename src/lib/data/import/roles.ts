/**
 * Header cells → roles (`Country Code` is a region code, `Subject Descriptor` an indicator),
 * which rows are aggregates (World, High income, …), and whether a list of names reads as
 * regions or as indicators.
 */
import { nameKey } from '../../domain/text.ts';
import { COLUMNS, type ColumnKey } from '../canonical.ts';
import type { Dataset } from '../model.ts';
import { indexDataset } from '../registry.ts';
import { isNationalName, splitUnit } from './names.ts';

/** What a header cell holds: a canonical column, or a code beside a name. */
export type Role = ColumnKey | 'regionCode' | 'indicatorCode';

// A Map: header cells come from files, and `constructor` must not find Object's own.
const EXTRA_ROLES = new Map<string, Role>();
const addRoles = (role: Role, names: string[]) => {
	for (const n of names) EXTRA_ROLES.set(nameKey(n), role);
};
addRoles('region', [
	'省份',
	'省市',
	'省区市',
	'省（区、市）',
	'省(区、市)',
	'省别',
	'城市',
	'区县',
	'国家',
	'国家和地区',
	'国家/地区',
	'行政区',
	'行政区划',
	'province',
	'country',
	'country name',
	'entity',
	'area'
]);
addRoles('regionCode', [
	'country code',
	'code',
	'iso3',
	'iso',
	'iso code',
	'iso_code',
	'iso3 code',
	'location',
	'地区代码',
	'行政区划代码'
]);
addRoles('indicator', [
	'indicator name',
	'series',
	'series name',
	'subject',
	'subject descriptor',
	'variable',
	'项目',
	'指标项',
	'统计指标'
]);
addRoles('indicatorCode', [
	'indicator code',
	'series code',
	'subject code',
	'weo subject code',
	'指标代码'
]);
addRoles('unit', ['计量单位', 'units', 'unit of measure', 'unit measure']);
addRoles('value', ['数据值', 'obs_value', 'obs value']);
addRoles('year', ['time', 'time period', '年', 'year']);
addRoles('note', [
	'notes',
	'注释',
	'说明',
	'subject notes',
	'country/series-specific notes',
	'footnotes'
]);
addRoles('source', ['数据来源', 'data source']);

const CANONICAL = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
	CANONICAL.set(nameKey(c.key), c.key);
	for (const zh of c.zh) CANONICAL.set(nameKey(zh), c.key);
}

/** The role of a header cell, or null (a year header, or a column the importer does not use). */
export function headerRole(header: string): Role | null {
	const k = nameKey(header);
	return CANONICAL.get(k) ?? EXTRA_ROLES.get(k) ?? null;
}

/** World Bank aggregate codes (regions, income groups, lending groups, demographic groups). */
const WB_AGGREGATES = new Set(
	(
		'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN ' +
		'LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA ' +
		'TSS UMC WLD'
	).split(' ')
);
const WB_AGGREGATE_NAMES =
	/^(world|(high|low|middle|upper middle|lower middle|low & middle) income|euro area|european union|oecd members|ida |ibrd |.*(dividend|small states|fragile|heavily indebted|least developed|\(excluding high income\)|& pacific|& central asia|& caribbean|& north africa|sub-saharan africa|north america|south asia|arab world|africa eastern|africa western))/i;

/** A World Bank row that is an aggregate, by code (or by name when the code is missing). */
export function isWorldBankAggregate(name: string, code: string): boolean {
	const c = code.trim().toUpperCase();
	if (c) return WB_AGGREGATES.has(c);
	return WB_AGGREGATE_NAMES.test(name.trim());
}

/** An Our World in Data row is an aggregate when it has no code (or an OWID_ region code). */
export function isOwidAggregate(code: string): boolean {
	const c = code.trim().toUpperCase();
	return c === '' || (c.startsWith('OWID_') && c !== 'OWID_KOS' && c !== 'OWID_CYN');
}

const REGION_LIKE = /(省|市|自治区|特别行政区|区|县|旗|州|盟)$/;
const INDICATOR_LIKE =
	/(率|数|比例|比重|占比|年限|经费|支出|投入|人数|规模|面积|数量|指数|ratio|rate|enrol|expenditure|share)/i;

/**
 * Whether a list of names (the label column of a wide file, or the headers across a
 * transposed one) reads as regions or as indicators: by what the dataset knows, then by how
 * the names look. Ties read as regions.
 */
export function classifyNames(names: readonly string[], base: Dataset): 'region' | 'indicator' {
	const { region, indicator } = nameScores(names, base);
	return indicator > region ? 'indicator' : 'region';
}

/** How strongly a list of names reads as regions and as indicators (see {@link classifyNames}). */
export function nameScores(
	names: readonly string[],
	base: Dataset
): { region: number; indicator: number } {
	const idx = indexDataset(base);
	let region = 0;
	let indicator = 0;
	for (const raw of names) {
		const { name, unit } = splitUnit(raw);
		if (!name) continue;
		if (idx.regions.resolve(name) || isNationalName(name)) region += 2;
		else if (idx.indicators.resolve(name)) indicator += 2;
		else if (unit) indicator += 1;
		else if (REGION_LIKE.test(name) && !INDICATOR_LIKE.test(name)) region += 1;
		else if (INDICATOR_LIKE.test(name)) indicator += 1;
	}
	return { region, indicator };
}

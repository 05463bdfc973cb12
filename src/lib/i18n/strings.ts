/**
 * Every label of the page, in Chinese and English. `{name}` placeholders are filled by
 * {@link translate}. Keys are grouped by the part of the screen they belong to.
 */
import type { Lang } from './format.ts';

const zh = {
	'app.title': '目标 mubiao',
	'app.subtitle': '教育规划目标达成研判',
	'app.lang': 'English',
	'app.langLabel': '切换到英文界面',
	'app.skip': '跳到主要内容',

	'picker.indicator': '指标',
	'picker.region': '关注地区',
	'picker.compare': '对比地区',
	'picker.search': '搜索地区…',
	'picker.quick': '快速选择',
	'picker.quick.none': '清空',
	'picker.quick.provinces': '各省份',
	'picker.quick.national': '全国',
	'picker.quick.cqDistricts': '重庆市区县',
	'picker.remove': '移除 {name}',
	'picker.noData': '无数据',
	'picker.points': '{n} 个数据点',

	'level.national': '全国',
	'level.province': '省级',
	'level.city': '地市级',
	'level.district': '区',
	'level.county': '县',

	'picker.group.withTarget': '本地区有目标的指标',
	'picker.group.withData': '本地区有数据的指标',
	'picker.group.other': '其他指标',
	'chart.shareUnit': '占目标 %',
	'chart.projection': '{region}预测',
	'chart.band': '90% 区间',
	'chart.sourcesMore': '{list} 等 {n} 项',
	'chart.title': '{indicator}：{region}与对比地区',
	'chart.empty': '所选地区暂无“{indicator}”的数据。',
	'chart.source': '数据来源：{sources}',
	'chart.actual': '实际值',
	'chart.target': '目标',
	'chart.milestone': '{year}年',
	'chart.yearNotStated': '年份未注明',

	'targets.title': '{region}的目标',
	'targets.none': '{region}在已加载数据中没有目标。',
	'targets.indicator': '指标',
	'targets.target': '目标值',
	'targets.year': '目标年份',
	'targets.latest': '最新实际值',
	'targets.source': '来源',
	'targets.yearNotStated': '未注明',
	'targets.showSource': '查看来源',

	'prov.title': '数据来源',
	'prov.close': '关闭',
	'prov.section': '章节',
	'prov.excerpt': '原文摘录',
	'prov.publisher': '发布单位',
	'prov.date': '日期',
	'prov.file': '文件',
	'prov.kind': '来源类别',
	'prov.kind.seed': '种子文件（规划与报告原文）',
	'prov.kind.reference': '公开统计资料',
	'prov.kind.import': '导入的数据文件',
	'prov.kind.document': '从政策文本提取',
	'prov.kind.scenario': '情景文件',
	'prov.conflict': '同年另有不同数值：',
	'prov.approximate': '约数',
	'prov.note': '备注',

	'cmp.>=': '≥', 'cmp.>': '>', 'cmp.<=': '≤', 'cmp.<': '<', 'cmp.range': '区间',
	'cmp.rate<=': '年均变化 ≤', 'cmp.rate>=': '年均变化 ≥'
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
	'app.title': 'mubiao 目标',
	'app.subtitle': 'Will the education targets be met?',
	'app.lang': '中文',
	'app.langLabel': 'Switch to Chinese',
	'app.skip': 'Skip to main content',

	'picker.indicator': 'Indicator',
	'picker.region': 'Focus region',
	'picker.compare': 'Compare with',
	'picker.search': 'Search regions…',
	'picker.quick': 'Quick sets',
	'picker.quick.none': 'Clear',
	'picker.quick.provinces': 'Provinces',
	'picker.quick.national': 'National',
	'picker.quick.cqDistricts': 'Chongqing districts',
	'picker.remove': 'Remove {name}',
	'picker.noData': 'no data',
	'picker.points': '{n} data points',

	'level.national': 'National',
	'level.province': 'Provinces',
	'level.city': 'Cities',
	'level.district': 'Districts',
	'level.county': 'Counties',

	'picker.group.withTarget': 'With targets for the focus region',
	'picker.group.withData': 'With data for the focus region',
	'picker.group.other': 'Other indicators',
	'chart.shareUnit': '% of target',
	'chart.projection': '{region} projection',
	'chart.band': '90% band',
	'chart.sourcesMore': '{list} and {n} more',
	'chart.title': '{indicator}: {region} and comparators',
	'chart.empty': 'No data on "{indicator}" for the selected regions.',
	'chart.source': 'Source: {sources}',
	'chart.actual': 'actual',
	'chart.target': 'target',
	'chart.milestone': '{year}',
	'chart.yearNotStated': 'year not stated',

	'targets.title': 'Targets of {region}',
	'targets.none': '{region} has no targets in the loaded data.',
	'targets.indicator': 'Indicator',
	'targets.target': 'Target',
	'targets.year': 'Year',
	'targets.latest': 'Latest actual',
	'targets.source': 'Source',
	'targets.yearNotStated': 'not stated',
	'targets.showSource': 'Show source',

	'prov.title': 'Source',
	'prov.close': 'Close',
	'prov.section': 'Section',
	'prov.excerpt': 'Excerpt',
	'prov.publisher': 'Publisher',
	'prov.date': 'Date',
	'prov.file': 'File',
	'prov.kind': 'Kind of source',
	'prov.kind.seed': 'Seed document (plan or report)',
	'prov.kind.reference': 'Public statistics',
	'prov.kind.import': 'Imported data file',
	'prov.kind.document': 'Extracted from a policy text',
	'prov.kind.scenario': 'Scenario file',
	'prov.conflict': 'Other values given for the same year:',
	'prov.approximate': 'approximate',
	'prov.note': 'Note',

	'cmp.>=': '≥', 'cmp.>': '>', 'cmp.<=': '≤', 'cmp.<': '<', 'cmp.range': 'range',
	'cmp.rate<=': 'yearly change ≤', 'cmp.rate>=': 'yearly change ≥'
};

const TABLES: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The label for a key in a language, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
	const template = TABLES[lang][key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

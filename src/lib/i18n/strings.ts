/**
 * Every label of the page in Chinese (the English ones are in en.ts, loaded when English is
 * first chosen). `{name}` placeholders are filled by {@link translate}. Keys are grouped by the
 * part of the screen they belong to; the scorecard's and the verdicts' are in verdictStrings.ts,
 * the views of the comparison's in viewStrings.ts. The labels of the parts loaded on demand
 * (panels, dialogs, the views behind tabs) come with them, from laterLabels.ts.
 */
import type { Lang } from './format.ts';
import { zhData } from './dataStrings.ts';
import { zhVerdict } from './verdictStrings.ts';
import { zhViews } from './viewStrings.ts';
import type { zhLater } from './laterLabels.ts';

const zhApp = {
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
	'chart.legend': '图例：点击可隐藏或显示该序列',
	'chart.source': '数据来源：{sources}',
	'chart.target': '目标',
	'chart.yearNotStated': '年份未注明',
	'prov.close': '关闭',
	'prov.approximate': '约数',
	'prov.disputedShort': '来源不一致',
	'assume.title': '假设',
	'assume.anchor': '起点：{value}（{year}年）',
	'assume.noAnchor': '无实际数据：可设置假设基准值后再预测。',
	'assume.method': '预测方法',
	'assume.rate': '速率',
	'assume.sigma': '不确定性 σ',
	'assume.fitted': '历史拟合：{rate} ± {se}（{n} 个数据点）',
	'assume.noTrend': '无趋势：数据点不足两个，请设置假设速率。',
	'assume.noise': '，年际波动 ±{s}',
	'assume.converted': '已把所设速率换算为 {rate}（{year} 年的预测值不变）。',
	'assume.notConverted': '所设速率无法换算为“{method}”，已改用该方法的拟合速率。',
	'assume.holdNote': '保持不变：预测值等于起点。',
	'assume.tagFitted': '拟合',
	'assume.tagSet': '已设定',
	'assume.baseline': '使用假设基准值',
	'assume.baselineYear': '年份',
	'assume.baselineValue': '数值',
	'assume.assumed': '假设',
	'assume.reset': '恢复拟合趋势',
	'method.hold': '保持不变',
	'method.linear': '线性（每年增加）',
	'method.compound': '复合增长（每年按比例）',
	'method.gap': '缺口收敛（每年缩小差距）',
	'rate.unit.pp': '百分点/年',
	'rate.unit.linear': '{unit}/年',
	'rate.unit.compound': '%/年',
	'rate.unit.gap': '缺口 %/年',
	'rate.unit.hold': '—',
	'fallback.compound-needs-positive-anchor': '起点不大于 0，无法按复合增长预测，已改用线性方法。',
	'fallback.gap-needs-finite-bound': '该指标没有上限，无法按缺口收敛预测，已改用线性方法。',
	'fallback.compound-fit-needs-positive-values':
		'历史数据含非正值，无法拟合复合增长，已改用线性方法。',
	'fallback.gap-fit-needs-values-inside-bounds':
		'历史数据触及上下限，无法拟合缺口收敛，已改用线性方法。',
	'export.label': '导出',
	'export.png': '导出 PNG',
	'export.svg': '导出 SVG',
	'export.data': '导出数据 CSV',
	'export.scorecard': '导出研判表 CSV',
	'export.xlsx': '导出 Excel',
	'export.report': '导出研判报告',
	'export.failed': '导出失败（{reason}），请重试；仍失败时可改用 CSV 导出。',
	'share.copy': '复制链接',
	'data.label': '数据',
	'data.import': '导入数据…',
	'data.extract': '从政策文本提取…',
	'data.undo': '撤销',
	'scn.title': '情景',
	'cmp.title': '对比：{a} 与 {b}',
	'cmp.changes': '假设的差别',
	'cmp.noChanges': '两个情景的假设相同。',
	'cmp.fitted': '拟合趋势',
	'mode.label': '纵轴',
	'mode.value': '数值',
	'mode.share': '目标完成度',
	'mode.shareOf': '以 {year}年目标 {target} 为 100%',
	'mode.noTarget': '该指标没有关注地区的水平目标，无法显示完成度。',
	'cmp.>=': '≥',
	'cmp.>': '>',
	'cmp.<=': '≤',
	'cmp.<': '<',
	'cmp.range': '区间',
	'cmp.rate<=': '年均变化 ≤',
	'cmp.rate>=': '年均变化 ≥'
} as const;

const zh = { ...zhApp, ...zhVerdict, ...zhViews, ...zhData };

/** Every key; those of the parts loaded on demand join the Chinese table when they load. */
export type StringKey = keyof typeof zh | keyof typeof zhLater;

/** Tables loaded so far: Chinese always, English when first asked for (loadLang). */
const TABLES: Partial<Record<Lang, Readonly<Record<string, string>>>> = { zh };

/** Add labels to a loaded table (the parts loaded on demand bring their Chinese labels). */
export function addLabels(lang: Lang, labels: Readonly<Record<string, string>>): void {
	const table = TABLES[lang];
	if (table) TABLES[lang] = { ...table, ...labels };
}

/** Make a language's labels available (English is loaded on demand). */
export async function loadLang(lang: Lang): Promise<void> {
	if (TABLES[lang]) return;
	if (lang === 'en') TABLES.en = (await import('./en.ts')).en;
}

/** The label for a key in a language, with `{name}` placeholders filled. */
export function translate(
	lang: Lang,
	key: StringKey,
	params?: Record<string, string | number>
): string {
	// A key of a part not loaded yet reads as itself rather than failing.
	const template = (TABLES[lang] ?? TABLES.zh)?.[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}

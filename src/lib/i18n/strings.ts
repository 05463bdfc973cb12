/**
 * Every label of the page in Chinese (the English ones are in en.ts, loaded when English is
 * first chosen). `{name}` placeholders are filled by {@link translate}. Keys are grouped by the
 * part of the screen they belong to; the scorecard's and the verdicts' are in verdictStrings.ts,
 * the views of the comparison's in viewStrings.ts.
 */
import type { Lang } from './format.ts';
import { zhVerdict } from './verdictStrings.ts';
import { zhViews } from './viewStrings.ts';
import type { zhViewPanels } from './viewPanels.ts';

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
	'prov.disputed': '来源不一致：',
	'prov.disputedShort': '来源不一致',
	'prov.note': '备注',
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
	'prov.yearInferred': '年份为推定（原文未注明）',
	'export.label': '导出',
	'export.png': '导出 PNG',
	'export.svg': '导出 SVG',
	'export.data': '导出数据 CSV',
	'export.scorecard': '导出研判表 CSV',
	'share.copy': '复制链接',
	'data.label': '数据',
	'data.import': '导入数据…',
	'data.extract': '从政策文本提取…',
	'data.undo': '撤销',
	'imp.explain':
		'支持：本程序的标准长表 CSV（中英文表头）、宽表（年份为列）、世界银行 WDI 下载与 DataBank 导出、Our World in Data 图表数据、国家统计局导出、行列转置的表；编码 UTF-8、GBK、UTF-16。先预览，确认后才会加入数据。',
	'imp.choose': '选择数据文件…',
	'imp.dropHint': '或把文件拖到这里',
	'imp.template': '下载模板',
	'imp.exportAll': '导出全部数据 CSV',
	'imp.reading': '正在读取…',
	'imp.failed': '无法读取此文件。',
	'imp.encoding': '编码 {encoding}，分隔符 {delimiter}',
	'imp.skipped': '跳过表头前 {head} 行、表尾 {foot} 行',
	'imp.rowsRead': '读取 {n} 行',
	'imp.rowsAccepted': '可导入 {n} 行（{figures} 项数据）',
	'imp.rowsRejected': '拒绝 {n} 行',
	'imp.rowsEmpty': '空行 {n} 行',
	'imp.missing': '文件没有说明以下内容，请选择后重新读取：',
	'imp.rerun': '重新读取',
	'imp.newRegions': '新地区（可映射到已有地区）',
	'imp.newIndicators': '新指标（可映射到已有指标）',
	'imp.aggregate': '汇总区域',
	'imp.figures': '{n} 项数据',
	'imp.mapRegion': '“{name}”对应的地区',
	'imp.mapIndicator': '“{name}”对应的指标',
	'imp.createNew': '作为新的一项加入',
	'imp.showAll': '显示全部 {n} 项',
	'imp.leaveOut': '不导入',
	'imp.allRegions': '全部地区',
	'imp.allIndicators': '全部指标',
	'imp.conflicts': '与已加载数据不同的数值（{n} 处）',
	'imp.loaded': '已加载',
	'imp.incoming': '导入',
	'imp.conflictRule': '两者都会保留；同一年份以导入的数值为准，另一个标为冲突，可在来源中查看。',
	'imp.issues': '问题：{errors} 个错误，{warnings} 个提示',
	'imp.col.row': '行',
	'imp.col.column': '列',
	'imp.col.value': '内容',
	'imp.col.message': '说明',
	'imp.moreIssues': '另有 {n} 个问题未列出。',
	'imp.apply': '导入 {n} 项数据',
	'imp.cancel': '取消',
	'scn.title': '情景',
	'scn.name': '情景名称',
	'scn.save': '保存到浏览器',
	'scn.export': '导出情景文件',
	'scn.import': '导入情景文件…',
	'scn.builtIn': '内置情景',
	'scn.builtin.baseline': '基线（拟合趋势）',
	'scn.builtin.accelerated': '加速（趋势加快一半）',
	'scn.builtin.stalled': '停滞（保持最新值）',
	'scn.open': '打开',
	'scn.compare': '对比',
	'scn.saved': '已保存的情景',
	'scn.none': '还没有保存的情景。',
	'scn.rename': '重命名',
	'scn.ok': '确定',
	'scn.duplicate': '复制',
	'scn.copySuffix': '副本',
	'scn.delete': '删除',
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

const zh = { ...zhApp, ...zhVerdict, ...zhViews };

/** Every key; those of the views loaded on demand join the Chinese table when they load. */
export type StringKey = keyof typeof zh | keyof typeof zhViewPanels;

/** Tables loaded so far: Chinese always, English when first asked for (loadLang). */
const TABLES: Partial<Record<Lang, Readonly<Record<string, string>>>> = { zh };

/** Add labels to a loaded table (the views loaded on demand bring their Chinese labels). */
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
	// A key of a view not loaded yet reads as itself rather than failing.
	const template = (TABLES[lang] ?? TABLES.zh)?.[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}

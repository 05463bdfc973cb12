/**
 * The labels of the extraction screen (reading targets out of a policy document), Chinese
 * first. `{name}` placeholders are filled by {@link tx}.
 */
import type { Lang } from './format.ts';

const zh = {
	'panel.title': '从政策文件提取目标',
	'panel.intro': '粘贴政策文本或打开 .txt 文件，提取其中的目标和统计数字，核对后加入数据。',
	'panel.close': '关闭',

	'doc.text': '文件正文',
	'doc.textHint': '在此粘贴政策文件的文字…',
	'doc.file': '打开 .txt 文件',
	'doc.title': '文件标题',
	'doc.region': '文件所属地区（可选）',
	'doc.regionNone': '（未指定）',
	'doc.year': '发文年份（可选）',
	'doc.extract': '提取',
	'doc.loaded': '已读取“{name}”（{chars} 字）。',
	'doc.notText': '“{name}”不是纯文本文件（{what}）：请把文字另存为 .txt 或直接粘贴。',
	'doc.what.binary': '含有二进制内容',
	'doc.what.pdf': 'PDF 文件',
	'doc.what.png': 'PNG 图片',
	'doc.what.zip': '压缩包或 Office 文档',
	'doc.changed': '正文已修改，候选项仍对应上次提取的文本；请重新提取。',

	'list.title': '候选数字（{n}）',
	'list.none': '未在文本中找到带单位的数字目标或统计数字。',
	'list.hint': '点击或聚焦一行可在原文中高亮其依据；空格键勾选，回车键跳到原文。',
	'list.selectAll': '全选',
	'list.selectNone': '全不选',

	'col.accept': '接受',
	'col.indicator': '指标',
	'col.region': '地区',
	'col.year': '年份',
	'col.value': '数值',
	'col.valueMax': '上限',
	'col.unit': '单位',
	'col.kind': '类型',
	'col.comparator': '比较',
	'col.confidence': '可信度',

	'row.label': '第 {n} 行：{phrase}',
	'row.accept': '接受第 {n} 行',
	'row.indicator': '第 {n} 行的指标',
	'row.newIndicator': '新指标：{name}',
	'row.newIndicatorName': '第 {n} 行新指标的名称',
	'row.region': '第 {n} 行的地区',
	'row.newRegion': '新地区：{name}',
	'row.regionNone': '（请选择地区）',
	'row.year': '第 {n} 行的年份（空 = 未注明）',
	'row.value': '第 {n} 行的数值',
	'row.valueMax': '第 {n} 行的上限',
	'row.unit': '第 {n} 行的单位',
	'row.kind': '第 {n} 行的类型',
	'row.comparator': '第 {n} 行的比较符',
	'row.confidence': '第 {n} 行的可信度',
	'row.approximate': '约数',
	'row.phrase': '原文指标：{phrase}',
	'row.refused': '第 {n} 行未能加入：',

	'kind.target': '目标',
	'kind.actual': '实际值',
	'cmp.>=': '≥ 不低于',
	'cmp.>': '> 超过',
	'cmp.<=': '≤ 不高于',
	'cmp.<': '< 低于',
	'cmp.range': '区间',
	'cmp.rate<=': '每年变化 ≤',
	'cmp.rate>=': '每年变化 ≥',

	'evidence.title': '原文',
	'evidence.none': '提取后，所选候选项的依据会在此高亮。',
	'evidence.mark': '第 {n} 行的依据',

	'accept.button': '接受所选（{n}）',
	'accept.cancel': '取消',
	'accept.done': '已加入 {n} 项，来源：“{title}”。',
	'accept.refused': '有 {n} 行未能加入，请修改或取消勾选后再试。'
} as const;

/** A label of the extraction screen. */
export type ExtractKey = keyof typeof zh;

// Typed by the Chinese keys: a missing or extra English key fails the type check.
const en: Readonly<Record<ExtractKey, string>> = {
	'panel.title': 'Read targets out of a policy document',
	'panel.intro':
		'Paste a policy text or open a .txt file, extract its targets and figures, check them and add them to the data.',
	'panel.close': 'Close',

	'doc.text': 'Document text',
	'doc.textHint': 'Paste the text of the policy document here…',
	'doc.file': 'Open a .txt file',
	'doc.title': 'Document title',
	'doc.region': 'Region of the document (optional)',
	'doc.regionNone': '(none)',
	'doc.year': 'Year of the document (optional)',
	'doc.extract': 'Extract',
	'doc.loaded': 'Read "{name}" ({chars} characters).',
	'doc.notText':
		'"{name}" is not a plain-text file ({what}): save the text as .txt or paste it instead.',
	'doc.what.binary': 'it holds binary data',
	'doc.what.pdf': 'a PDF file',
	'doc.what.png': 'a PNG image',
	'doc.what.zip': 'an archive or Office document',
	'doc.changed':
		'The text has changed since the last extraction; the candidates still refer to the old text. Extract again.',

	'list.title': 'Candidate figures ({n})',
	'list.none': 'No target or statistic with a unit was found in the text.',
	'list.hint':
		'Click or focus a row to highlight its evidence in the text; Space ticks it, Enter jumps to the text.',
	'list.selectAll': 'Select all',
	'list.selectNone': 'Select none',

	'col.accept': 'Accept',
	'col.indicator': 'Indicator',
	'col.region': 'Region',
	'col.year': 'Year',
	'col.value': 'Value',
	'col.valueMax': 'Upper end',
	'col.unit': 'Unit',
	'col.kind': 'Kind',
	'col.comparator': 'Comparator',
	'col.confidence': 'Confidence',

	'row.label': 'Row {n}: {phrase}',
	'row.accept': 'Accept row {n}',
	'row.indicator': 'Indicator of row {n}',
	'row.newIndicator': 'New indicator: {name}',
	'row.newIndicatorName': 'Name of the new indicator of row {n}',
	'row.region': 'Region of row {n}',
	'row.newRegion': 'New region: {name}',
	'row.regionNone': '(choose a region)',
	'row.year': 'Year of row {n} (empty = not stated)',
	'row.value': 'Value of row {n}',
	'row.valueMax': 'Upper end of row {n}',
	'row.unit': 'Unit of row {n}',
	'row.kind': 'Kind of row {n}',
	'row.comparator': 'Comparator of row {n}',
	'row.confidence': 'Confidence of row {n}',
	'row.approximate': 'approx.',
	'row.phrase': 'In the text: {phrase}',
	'row.refused': 'Row {n} was not added:',

	'kind.target': 'Target',
	'kind.actual': 'Actual',
	'cmp.>=': '≥ at least',
	'cmp.>': '> more than',
	'cmp.<=': '≤ at most',
	'cmp.<': '< less than',
	'cmp.range': 'range',
	'cmp.rate<=': 'yearly change ≤',
	'cmp.rate>=': 'yearly change ≥',

	'evidence.title': 'Text',
	'evidence.none': 'After extraction, the evidence of the chosen candidate is highlighted here.',
	'evidence.mark': 'Evidence of row {n}',

	'accept.button': 'Accept selected ({n})',
	'accept.cancel': 'Cancel',
	'accept.done': 'Added to the data from "{title}": {n} figure(s).',
	'accept.refused': '{n} rows could not be added: change them or untick them and try again.'
};

/** Every label of the extraction screen, Chinese first. */
export const EXTRACT_STRINGS = { zh, en } as const;

/** The label for a key in a language, with `{name}` placeholders filled. */
export function tx(lang: Lang, key: ExtractKey, params?: Record<string, string | number>): string {
	const template: string = EXTRACT_STRINGS[lang][key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : m
	);
}

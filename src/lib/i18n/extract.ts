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
	'doc.defaultTitle': '粘贴的文本',
	'doc.inferred': '从文中读出：{date}（{source}）',
	'doc.inferredNone': '文中未写明发文日期：请填写年份，以便区分目标与实际值。',
	'doc.plan': '规划期 {start}—{end} 年',
	'doc.yearHint': '修改年份会立即重新判断目标与实际值。',
	'doc.regionInferred': '（从标题或发文机关读出）',
	'doc.source.issued': '印发日期',
	'doc.source.dated': '落款日期',
	'doc.source.published': '发布日期',
	'doc.source.number': '文号年份',
	'doc.source.title': '标题中的年份',
	'doc.source.midterm': '规划中期评估',
	'doc.source.plan': '规划期首年',
	'doc.extract': '提取',
	'doc.loaded': '已读取“{name}”（{chars} 字，{encoding}）。',
	'doc.notText': '“{name}”不是纯文本文件（{what}）：请把文字另存为 .txt 或直接粘贴。',
	'doc.empty': '“{name}”是空文件：请打开含有正文的 .txt 文件，或直接粘贴文字。',
	'doc.what.binary': '含有二进制内容',
	'doc.what.pdf': 'PDF 文件',
	'doc.what.png': 'PNG 图片',
	'doc.what.jpeg': 'JPEG 图片',
	'doc.what.gif': 'GIF 图片',
	'doc.what.zip': '压缩包或 Office 文档',
	'doc.what.office': '旧版 Office 文档',
	'doc.what.gzip': '压缩文件',
	'progress.label': '正在提取…',
	'progress.cancel': '停止提取',
	'progress.cancelled': '已停止提取；可修改正文后重新提取。',
	'progress.failed': '提取失败：{message}。请重试；若仍失败，请把正文分成几段分别提取。',
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
	'row.matchName': '与已有指标同名',
	'row.matchAlias': '按别名“{name}”匹配',
	'row.matchSimilar': '名称相近：“{name}”',
	'row.noPhrase': '（原文未写明指标，请选择）',
	'row.duplicate': '已在数据中（同一地区、指标、年份和数值）',

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
	'accept.refused': '有 {n} 行未能加入，请修改或取消勾选后再试。',

	'cli.usage': '用法：extract 文件 [--format json|csv] [--region 地区] [--year 年份]',
	'cli.year': '--year 应为四位年份，而不是“{year}”。',
	'cli.notFile': '“{name}”不是普通文件：请给出一个 .txt 文件。',
	'cli.tooLarge': '“{name}”超过 {mb} MB，不像一份政策文件：请只保留正文，或分成几个文件。'
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
	'doc.defaultTitle': 'Pasted text',
	'doc.inferred': 'Read from the text: {date} ({source})',
	'doc.inferredNone':
		'The text states no date: enter the year so that targets can be told from actual values.',
	'doc.plan': 'plan period {start}–{end}',
	'doc.yearHint': 'Changing the year re-reads targets and actual values at once.',
	'doc.regionInferred': '(read from the title or issuing body)',
	'doc.source.issued': 'date issued',
	'doc.source.dated': 'date signed',
	'doc.source.published': 'date published',
	'doc.source.number': 'year of the document number',
	'doc.source.title': 'year in the title',
	'doc.source.midterm': 'mid-term review of the plan',
	'doc.source.plan': 'first year of the plan',
	'doc.extract': 'Extract',
	'doc.loaded': 'Read "{name}" ({chars} characters, {encoding}).',
	'doc.notText':
		'"{name}" is not a plain-text file ({what}): save the text as .txt or paste it instead.',
	'doc.empty': '"{name}" is empty: open a .txt file with the document\'s text, or paste the text.',
	'doc.what.binary': 'it holds binary data',
	'doc.what.pdf': 'a PDF file',
	'doc.what.png': 'a PNG image',
	'doc.what.jpeg': 'a JPEG image',
	'doc.what.gif': 'a GIF image',
	'doc.what.zip': 'an archive or Office document',
	'doc.what.office': 'an old Office document',
	'doc.what.gzip': 'a compressed file',
	'progress.label': 'Extracting…',
	'progress.cancel': 'Stop extracting',
	'progress.cancelled': 'Extraction stopped; edit the text and extract again if needed.',
	'progress.failed':
		'Extraction failed: {message}. Try again; if it fails again, extract the text in parts.',
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
	'row.matchName': 'same name as an existing indicator',
	'row.matchAlias': 'matched by the alias "{name}"',
	'row.matchSimilar': 'close name: "{name}"',
	'row.noPhrase': '(the text names no indicator: choose one)',
	'row.duplicate': 'already loaded (same region, indicator, year and value)',

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
	'accept.refused': '{n} rows could not be added: change them or untick them and try again.',

	'cli.usage': 'Usage: extract FILE [--format json|csv] [--region NAME] [--year YYYY]',
	'cli.year': '--year must be a four-digit year, not "{year}".',
	'cli.notFile': '"{name}" is not a regular file: give a .txt file.',
	'cli.tooLarge':
		'"{name}" is larger than {mb} MB, more than a policy document: keep only its text, or split it into several files.'
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

/** A sentence of the extraction screen in both languages (for messages that outlive a toggle). */
export function txBoth(
	key: ExtractKey,
	params?: Record<string, string | number>
): { zh: string; en: string } {
	return { zh: tx('zh', key, params), en: tx('en', key, params) };
}

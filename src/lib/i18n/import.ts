/**
 * The sentences of the import pipeline (the page's preview, the command line's report and its
 * refusals), Chinese first. Each says what is wrong and what to do. `{name}` placeholders are
 * filled by {@link importMessage}; where a placeholder differs by language the English one is
 * `{nameEn}`.
 */
import type { Bilingual } from '../data/issues.ts';
import { en } from './importEn.ts';

const ADVICE_ZH = '请导入 CSV、制表符分隔的文本文件或 Excel / ODS 工作簿';

export const zh = {
	'file.empty': '文件是空的，没有可导入的内容：请选择含有数据表的文件。',
	'binary.png': `这是一张图片（PNG），不是数据表：${ADVICE_ZH}。`,
	'binary.jpeg': `这是一张图片（JPEG），不是数据表：${ADVICE_ZH}。`,
	'binary.gif': `这是一张图片（GIF），不是数据表：${ADVICE_ZH}。`,
	'binary.pdf': `这是 PDF 文件，不是数据表：请把表格复制到 Excel 后另存，或${ADVICE_ZH}。`,
	'binary.archive': '这是压缩文件（{what}），不是数据表：请先解压，再导入其中的数据文件。',
	'binary.docx': '这是 Word 文档（.docx），不是数据表：请把表格复制到 Excel，保存后再导入。',
	'binary.zip':
		'这是压缩包（ZIP）：请先解压，再导入其中的数据文件（世界银行下载包请选以 API_ 开头的文件）。',
	'binary.ole2':
		'这是旧版 Office 文件，但不是 Excel 工作簿（可能是 Word 文档）：请在 Excel 中打开表格另存后再导入。',
	'binary.notText': `这不是文本数据文件（看起来是二进制文件）：${ADVICE_ZH}。`,

	'limit.file': '文件有 {size}，超过可导入的上限 {limit}：请把数据拆成几个较小的文件分别导入。',
	'limit.cell':
		'第 {line} 行有一个 {chars} 字符的单元格，超过上限 32,767 字符（Excel 的上限）：请检查该行的引号是否成对（缺少结尾引号会把其后整个文件读成一个单元格）。',
	'limit.row':
		'第 {line} 行有 {chars} 个字符，超过每行 1,048,576 字符的上限：请检查该行的引号是否成对，或把表拆小。',
	'limit.cells': '第 {line} 行超过 {cells} 列（Excel 的上限）：请检查分隔符，或把表拆小。',
	'limit.sheet':
		'这张工作表有 {cells} 个单元格，超过上限 {limit}：请把数据拆到几张表或几个文件中。',

	'csv.quotes': '引号不成对，此行及其后几行可能读错：请核对这几行的引号。',
	'decode.replacedLine':
		'此行有按 {encoding} 无法识别的字节，已显示为 �：请核对，或换一种编码重新读取。',
	'decode.replaced':
		'文件按 {encoding} 读取，但有 {n} 行含无法识别的字节（第 {lines} 行），已显示为 �：请核对这些行，或在上方选择其他编码重新读取。',

	'sheet.unknown': '工作簿中没有名为“{sheet}”的工作表：可选的工作表有 {sheets}。',
	'sheet.unreadable':
		'这个工作簿无法读取（文件可能已损坏）：请在 Excel 或 WPS 中打开后重新保存，再导入。',
	'sheet.unreadableXls':
		'这个 .xls 文件无法作为 Excel 工作簿读取（可能是 Word 文档或已损坏）：请在 Excel 中打开后另存为 .xlsx 再导入。',
	'sheet.none': '这个工作簿中没有工作表：请选择含有数据表的文件。',
	'sheet.noYears':
		'工作簿的各张工作表中都找不到年份（如 2019 或 2019年），无法按年份导入：请选择含有年份列或年份行的表。',

	'layout.noHeader': '找不到表头：文件中没有一行至少有两列，这不像数据表，请检查文件内容。',
	'detect.metadataCountry':
		'这是世界银行下载包中的国家元数据表（Metadata_Country），不含数据：请导入同一下载包中以 API_ 开头的文件。',
	'detect.metadataIndicator':
		'这是世界银行下载包中的指标元数据表（Metadata_Indicator），不含数据：请导入同一下载包中以 API_ 开头的文件。',
	'detect.unknown':
		'无法识别这张表的列（{list}）：需要“地区、指标、年份、数值”列，或以年份为列名的宽表（如 2019、2019年）。',

	'shape.canonical': '标准长表（每行一个数值）',
	'shape.wide': '宽表：每行一个地区 × 指标，每列一个年份',
	'shape.wideRegions': '宽表：每行一个地区，每列一个年份（没有指标列）',
	'shape.wideIndicators': '宽表：每行一个指标，每列一个年份（没有地区列）',
	'shape.wdi': '世界银行 WDI 下载文件（API_….csv）',
	'shape.databank': '世界银行 DataBank 导出文件',
	'shape.nbs': '国家统计局（国家数据）导出文件：每行一个地区，每列一个年份',
	'shape.nbsIndicators': '国家统计局（国家数据）导出文件：每行一个指标，每列一个年份',
	'shape.owid': 'Our World in Data 图表数据（Entity, Code, Year, 数值列）',
	'shape.transposedRegions': '转置表：年份在第一列，各列为地区',
	'shape.transposedIndicators': '转置表：年份在第一列，各列为指标',

	'convert.ignored': '以下列未使用，已忽略：{list}。',
	'convert.noIndicator':
		'文件没有指标列，标题和说明行中也找不到指标名称：请选择这些数值属于哪个指标后再导入。',
	'convert.noRegion':
		'文件没有地区列，标题和说明行中也找不到地区名称：请选择这些数值属于哪个地区后再导入。',
	'convert.from.defaults': '文件没有{dim}列：{dim}“{label}”取自导入时的选择。',
	'convert.from.preamble': '文件没有{dim}列：{dim}“{label}”取自文件说明行。',
	'convert.from.title': '文件没有{dim}列：{dim}“{label}”取自标题。',

	'cell.noRegion': '缺少地区名称：请填写地区，此行未导入。',
	'cell.noIndicator': '缺少指标名称：请填写指标，此行未导入。',
	'cell.noRegionRow': '缺少地区名称，此行跳过：请填写地区。',
	'cell.noIndicatorRow': '缺少指标名称，此行跳过：请填写指标。',
	'cell.kind': '类型应为“实际值”或“目标值”（actual / target）：请改正此单元格。',
	'cell.year': '“{year}”不是年份：请写成四位数字，如 2024 或 2024年。',
	'cell.yearRange': '年份 {year} 不在 1900—2200 之间：请核对年份（例如是否多写或少写了一位）。',
	'cell.firstColumnYear': '第一列应为年份（如 2024 或 2024年），此行跳过：请核对第一列。',
	'cell.comparator': '比较符“{value}”无法识别：请写 >=、>、<=、<、range、rate<= 或 rate>=。',
	'cell.direction': '方向“{value}”无法识别：请写 up（越高越好）或 down（越低越好）。',
	'cell.level': '层级“{value}”无法识别：请写 national、province、city、district 或 county。',
	'cell.bound': '界限“{value}”不是数字：请写数字，如 0 或 120，或留空。',
	'cell.boundsInverted': '下界 {lo} 大于上界 {hi}：请交换两者或改正其一。',
	'cell.value': '“{value}”不是数值：请用数字填写，如 93.1 或 93.1%。',
	'cell.valueHuge': '数值“{value}”大得不合理（超过 10¹⁵）：请核对单位和小数点。',
	'cell.noValue': '数值缺失，此行跳过：如有数值请填写。',
	'cell.approximate': '约数：按 {value} 导入，并标记为近似值。',
	'cell.scaled': '“{word}”已换算：按 {value} 导入。',
	'cell.rangeMax': '区间目标需要上限数值：请在“上限”列填写，或改用 >= 等比较符。',
	'cell.rangeBelow': '上限 {max} 小于下限 {value}：请交换两者或改正其一。',
	'cell.outOfRange':
		'数值 {value} 超出指标“{name}”的合理范围 {lo}—{hi}：请核对数值和单位（比例应写成 63.5 而不是 6350）。',
	'cell.outOfStated': '数值 {value} 超出本行给出的范围 {lo}—{hi}：请核对数值或界限。',
	'cell.actualComparator': '实际值不使用比较符和上限，已忽略：如这是目标，请把类型写成“目标值”。',
	'cell.directionKept': '指标“{name}”的方向已定义为 {direction}，此处的方向未采用。',
	'cell.unitDiffers': '单位“{unit}”与指标单位“{known}”不同：请核对数值是否需要换算。',
	'cell.noYear': '未注明年份：列出但不用于图表和趋势；如有年份请填写。',

	'note.national': '“{name}”按{zh}导入。',
	'note.outsideDefault':
		'新指标“{name}”有 {n} 个数值超出其单位默认的范围（% 为 0—100，其他为不小于 0）：已导入；如该指标可以超出（如毛入学率），请在文件中给出下界或上界。',
	'note.owidYears': '{n} 行的年份早于 1900 年或晚于 2200 年，已跳过。',
	'note.alreadyLoaded': '{n} 项数据与已加载的数据完全相同（数值和来源都相同），不再重复导入。',
	'note.aggregates': '{n} 个汇总地区（{list}）作为新地区导入，没有并入全国；已在新地区列表中标出。',
	'compare.twice':
		'同一地区、指标、年份在第 {line} 行已有数值 {value}，与此处不同；两者都会导入，以后者为准。',

	'apply.stale': '这份导入预览与当前数据不符（可能已经应用过）：请重新导入文件。',
	'apply.notNew.region': '映射中的地区“{name}”不是这次导入的新地区：请重新选择。',
	'apply.notNew.indicator': '映射中的指标“{name}”不是这次导入的新指标：请重新选择。',
	'apply.unknownTarget.region':
		'“{name}”要映射到的地区“{target}”不在已加载的数据中：请选择已有的地区。',
	'apply.unknownTarget.indicator':
		'“{name}”要映射到的指标“{target}”不在已加载的数据中：请选择已有的指标。',

	'none.missing': '{file}：文件没有{dims}列，请用 {flags} 指定后再导入。',
	'none.onlyEmpty':
		'{file}：没有可导入的数据行（{n} 个数据行都没有数值）：请检查文件是否填写了数值。',
	'none.noRows': '{file}：表头下面没有数据行：请检查文件是否只有表头。',
	'none.because': '{file}：没有可导入的数据行，{n} 行都有错误，第一处在第 {row} 行：{why}',
	'none.alreadyLoaded': '{file}：全部 {n} 项数据都已加载，没有新增内容。',
	'session.none': '没有正在预览的导入：请重新选择文件。',
	'session.failed': '读取或导入时出错：请再试一次；如仍出错，请在 Excel 中另存为 CSV 后导入。',
	'session.refused': '{name}：{why}已加载的数据未改变。',
	'session.label': '导入“{name}”',
	'session.applied': '已导入“{name}”的 {n} 项数据。可点击“撤销”恢复。',

	'cli.unreadable': '无法读取文件：{path}（请检查路径和读取权限）。',
	'cli.directory': '{path} 是一个目录，不是文件：请指定其中的数据文件。',
	'cli.notRegular':
		'{path} 不是普通文件（而是设备、管道或套接字），无法确定其长度：请先把数据保存为文件再导入。',
	'cli.tooLarge': '{path} 有 {size}，超过可读取的上限 {limit}：请把数据拆成几个较小的文件。',
	'cli.output': '无法写出结果（{code}）：输出端已关闭或无法写入，结果不完整。',
	'cli.importUsage':
		'import 需要且只需要一个文件：npm run --silent cli -- import 文件.csv [--format json|text]。',
	'cli.encoding': '--encoding 只能是 {list}，而不是“{value}”。'
} as const;

export type ImportKey = keyof typeof zh;

/** The sentence for a key in both languages, with `{name}` placeholders filled. */
export function importMessage(key: ImportKey, params?: Record<string, string | number>): Bilingual {
	return { zh: fill(zh[key], params), en: fill(en[key], params) };
}

function fill(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (Object.hasOwn(params, name)) return String(params[name]);
		// `{nameEn}` falls back to `{name}` when only one form is given.
		const plain = name.endsWith('En') ? name.slice(0, -2) : '';
		return plain && Object.hasOwn(params, plain) ? String(params[plain]) : whole;
	});
}

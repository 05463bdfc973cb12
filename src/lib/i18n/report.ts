/**
 * The sentences of the briefing (研判报告) and of the Excel workbook, Chinese here, English in
 * reportEn.ts. Loaded with the exports, never on the first screen. `{name}` placeholders are
 * filled by {@link rt}. The verdict phrases themselves come from verdict.ts and strings.ts.
 */
import type { Lang } from './format.ts';
import { en } from './reportEn.ts';

const zh = {
	title: '{region}教育规划目标达成研判报告',
	'meta.date': '报告日期',
	'meta.scenario': '情景',
	'meta.asOf': '研判基准年',
	'meta.compare': '对比地区',
	'meta.none': '无',
	'meta.generated': '由 mubiao（目标）根据已加载的数据与情景生成；每个数字均可追溯到文末所列来源。',

	'h.headline': '研判要点',
	'h.targets': '{region}的目标研判',
	'h.charts': '图表',
	'h.peers': '与对比地区比较',
	'h.assumptions': '与基线不同的假设',
	'h.sources': '来源与原文摘录',
	'h.method': '研判方法说明',

	'headline.none': '{region}在已加载数据中没有 {first}–{last} 年各节点的目标。',
	'targets.none': '{region}在已加载数据中没有目标。',
	'col.indicator': '指标',
	'col.target': '目标',
	'col.year': '年份',
	'col.compared': '比较值（方式）',
	'col.verdict': '研判',
	'col.probability': '达成概率',
	'col.required': '所需速率',
	'col.basis': '依据',
	'col.sources': '来源',
	'col.unit': '单位',

	'prob.estimate': '{p}（估计）',
	'rate.linear': '{rate} {unit}/年',
	'rate.linearPct': '{rate} 个百分点/年',
	'rate.bare': '{rate}/年',
	'rate.compound': '每年 {rate}%',
	'rate.gap': '每年缩小差距 {rate}%',
	'rate.hold': '—',

	'charts.legend':
		'实线为实际值，虚线为{region}的预测，阴影为 90% 区间，红色标记为目标，竖线为 {milestones} 年节点。',
	'charts.none': '{region}的目标指标均无可绘制的数据。',
	'charts.notEmbedded': '图表未能嵌入本文件：{reason}',
	'charts.markdown':
		'图表见 Word 版（cli report --format docx --out 文件.docx，或在页面中点“导出研判报告”）。',
	'chart.caption': '图 {n}　{title}',

	'peers.intro': '各指标最新实际值（括号内为年份）。',
	'peers.none': '{region}的目标指标没有可比较的实际数据。',
	'peers.cell': '{value}（{year}{inferred}）',
	'peers.inferred': '，推定',

	'assume.none': '本情景未设定与基线不同的假设：全部按历史数据拟合的线性趋势研判。',
	'assume.line': '{region} · {indicator}：{parts}',
	'assume.method': '方法：{method}',
	'assume.rate': '速率 {rate}',
	'assume.sigma': '离散度 σ {sigma}',
	'assume.baseline': '假设基准值 {value}（{year} 年）',
	'assume.others': '另有 {n} 项其他地区的假设，未列出。',
	'assume.join': '，',

	'source.meta': '{parts}',
	'source.figure': '{region} · {indicator} {year}：{value}',
	'source.figureTarget': '{region} · {indicator} 目标：{value}',
	'source.section': '（{section}）',
	'source.note': '备注：{note}',
	'source.noExcerpt': '（该来源未提供原文摘录）',
	'source.yearNotStated': '年份未注明',

	'method.p1':
		'比较值：目标年份已有实际值的，直接用该年实际值判断“已达成 / 未达成”；目标年份前后都有实际值的，用两侧最近的实际值作直线插值；目标年份之前没有任何实际值的，标为“无法核实”。从不拿目标年份之前最近一年的数值代替目标年份的数值。',
	'method.p2':
		'预测：从最新实际值（或情景设定的假设基准值，标“假设”）出发，按近十年（序列断点之后）数据的最小二乘趋势外推，并限制在指标的取值范围内；情景可改设方法与速率。',
	'method.p3':
		'达成概率：把到目标年份的平均速率看作正态分布，离散度 σ_T = √(SE² + s²/h)，其中 SE 是趋势斜率的标准误，s 是历年波动，h 是距目标年份的年数——数据越起伏、目标越远，结论越不确定。概率不低于 80% 为“有望达成”，20%–80% 为“存在风险”，低于 20% 为“难以达成”。只有 2 个数据点时借用全国同一指标的离散度（并注明），否则注明“无离散度”，此时 0% 或 100% 不是测得的确定性。',
	'method.p4':
		'需设定假设：未来的目标、情景未设速率且可拟合的数据点不足两个时，不给概率，按最新值持平显示，并给出达成目标所需的年均速率。',
	'method.p5':
		'无法核实：目标年份已过（早于研判基准年 {asOf}）而数据没有覆盖到，或目标年份之前没有实际值时，不作判断；若有预测，只作为是否达成的估计。',
	'method.p6':
		'未注明年份的目标按其来源文件的规划期末研判（如“十四五”规划按 2025 年），表中写作“年份未注明，按 2025 年研判”。同一地区、指标、年份的目标只列一行，并列出所有来源；后发文件修订的数值注明“由 … 修订”。',

	'sheet.data': '数据 Data',
	'sheet.scorecard': '研判 Scorecard',
	'sheet.comparison': '对比 Comparison',
	'sheet.sources': '来源 Sources',
	'sheet.assumptions': '假设 Assumptions',
	'xl.region': '地区',
	'xl.indicator': '指标',
	'xl.unit': '单位',
	'xl.target': '目标',
	'xl.targetYear': '目标年份',
	'xl.evaluatedYear': '研判年份',
	'xl.comparator': '比较符',
	'xl.value': '目标值',
	'xl.valueMax': '上限',
	'xl.anchorYear': '起点年份',
	'xl.anchorValue': '起点数值',
	'xl.anchorAssumed': '起点为假设',
	'xl.anchorEntered': '起点为用户录入',
	'xl.method': '方法',
	'xl.rate': '速率',
	'xl.sigma': 'σ_T',
	'xl.compared': '比较值',
	'xl.how': '比较方式',
	'xl.evaluation': '取值方式代码',
	'xl.comparedFrom': '比较值起年',
	'xl.comparedTo': '比较值止年',
	'xl.required': '所需速率',
	'xl.probability': '达成概率',
	'xl.status': '研判',
	'xl.statusCode': '研判代码',
	'xl.margin': '差距',
	'xl.basis': '依据',
	'xl.basisPoints': '数据点数',
	'xl.basisSpan': '跨度（年）',
	'xl.revised': '修订前数值',
	'xl.sources': '来源',
	'xl.excerpts': '原文摘录',
	'xl.kind': '类型',
	'xl.kindActual': '实际值',
	'xl.kindProjected': '预测',
	'xl.kindLow': '90% 区间下限',
	'xl.kindHigh': '90% 区间上限',
	'xl.sourceId': '编号',
	'xl.sourceTitle': '标题',
	'xl.sourceTitleEn': '英文标题',
	'xl.sourceKind': '来源类别',
	'xl.publisher': '发布单位',
	'xl.date': '日期',
	'xl.file': '文件',
	'xl.planStart': '规划起始年',
	'xl.horizon': '规划期末',
	'xl.note': '备注',
	'xl.baselineYear': '假设基准年份',
	'xl.baselineValue': '假设基准值',
	'xl.noAssumptions': '无假设：基线按历史数据拟合趋势。',

	'cli.region': '数据中没有地区“{name}”：请用数据中的地区名称，如 重庆市。',
	'cli.needOut': 'Word 文档须用 --out 指定要写入的文件，如 --out 研判报告.docx。',
	'cli.xlsxNeedOut': 'Excel 工作簿须用 --out 指定要写入的文件，如 --out 数据.xlsx。',
	'cli.cannotWrite': '无法写入文件 {path}：请检查目录是否存在、是否有写权限。',
	'cli.wrote': '已写入 {path}（{kb} KB）。',
	'cli.noPng': '本机无法把图表的 SVG 转为 PNG（{reason}）',
	'cli.noCjkFont': '未找到中文字体（如 Debian 的 fonts-noto-cjk），图表中的中文可能显示为方框。'
} as const;

export type ReportKey = keyof typeof zh;

/** A sentence in both languages (for messages that are shown in either). */
export function rtBoth(
	key: ReportKey,
	params?: Record<string, string | number>
): { zh: string; en: string } {
	return { zh: rt('zh', key, params), en: rt('en', key, params) };
}

/** A sentence of the briefing or the workbook, with `{name}` placeholders filled. */
export function rt(lang: Lang, key: ReportKey, params?: Record<string, string | number>): string {
	const template = lang === 'en' ? en[key] : zh[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}

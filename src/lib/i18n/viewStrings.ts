/**
 * The Chinese labels of the views of the comparison that the first screen shows (the tabs, the
 * scenario compared with, the scorecard's difference column) and of the exports' stamp; the
 * views' own labels are in viewPanels.ts, loaded with them. The English ones are in
 * viewStrings.en.ts.
 */
export const zhViews = {
	'views.label': '比较视图',
	'views.chart': '图表',
	'views.table': '表格',
	'views.ranking': '排名',
	'views.sources': '来源与定义',
	'ref.fitted': '拟合趋势（无假设）',
	'ref.against': '对比基准：{name}',
	'ref.ghost': '浅色点线：{name}下的预测',
	'ref.details': '情景对比…',
	'ref.clear': '改为与拟合趋势对比',
	'ref.current': '当前情景',
	'score.col.diff': '与“{name}”相比',
	'score.diffPoints': '{sign}{n} 个百分点',
	'score.diffWas': '原为：{status}',
	'score.diffSame': '相同',
	// The name holds the button's visible text, count included (WCAG 2.5.3).
	'score.sourcesOf': '查看来源 ({n})：{what}',
	'stamp.line': '情景：{scenario}｜假设：{assumptions}｜研判基准年 {asOf}｜导出于 {date}',
	'stamp.fitted': '无（拟合趋势）',
	'stamp.more': '{list} 等共 {n} 项',
	'stamp.baseline': '基准值 {year} 年 = {value}',
	'stamp.colon': '：',
	'stamp.join': '；'
} as const;

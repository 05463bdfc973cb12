/**
 * The Chinese labels of the analyst's data that the first screen shows: My data's heading, the
 * entry button of a target without data, the marks of entered values. My data's list, the entry
 * form and the data-gap worklist have theirs in laterLabels.ts. The English ones are in
 * dataStrings.en.ts.
 */
export const zhData = {
	'mydata.title': '我的数据',
	'gap.open': '录入数值',
	'gap.openTitle': '为此目标录入一个实际值（需注明来源）',
	'score.entered': '用户录入',
	'score.missing': '缺数据',
	'score.missingTitle': '此研判依赖尚未导入的数据：{names}',
	'chart.entered': '用户录入',
	'gaps.title': '数据缺口清单'
} as const;

/** Notices and errors about the analyst's data: storage, entered values, data a link names. */
import { messages } from '../bilingual.ts';

export const dataMessage = messages({
	'storage.unavailable': {
		zh: '此浏览器不允许本地存储（可能是隐私模式、空间已满或被禁止）：“我的数据”只保存在本页中，刷新或关闭后需要重新导入。链接和情景文件仍可携带数据。',
		en: 'This browser does not allow local storage (private mode, full or blocked): My data is kept in this page only and must be imported again after a reload. Links and scenario files still carry data.'
	},
	'storage.failed': {
		zh: '浏览器存储写入失败（可能空间已满）：“我的数据”从现在起只保存在本页中，已载入的数据都还在，但刷新后需要重新导入。可在“我的数据”中删除不用的数据后刷新再试。',
		en: 'The browser storage refused a write (it may be full): from now on My data is kept in this page only. Everything loaded is still here, but must be imported again after a reload. Remove data you no longer need in My data, then reload and try again.'
	},
	'storage.damaged': {
		zh: '有 {n} 项已保存的数据记录已损坏，已跳过{names}；其余数据已恢复。',
		en: '{n} saved data record(s) are damaged and were skipped{names}; the rest was restored.'
	},
	'storage.restored': {
		zh: '已恢复“我的数据”中的 {n} 项数据。',
		en: 'Restored {n} item(s) of My data.'
	},
	'tabs.synced': {
		zh: '“我的数据”已在另一个标签页中更改，本页已同步。',
		en: 'My data was changed in another tab; this page follows.'
	},
	'layer.removed': { zh: '删除“{name}”', en: 'removing "{name}"' },
	'layer.removedNotice': {
		zh: '已删除“{name}”，可撤销。',
		en: 'Removed "{name}"; this can be undone.'
	},
	'entered.label': { zh: '录入的 {what}', en: 'the entered value {what}' },
	'entered.added': {
		zh: '已录入 {what}（来源：{source}），标为“用户录入”，可撤销。',
		en: 'Entered {what} (source: {source}), marked "entered"; this can be undone.'
	},
	'entry.value': {
		zh: '请填写一个数值（如 91.5），而不是“{text}”。',
		en: 'Enter a number (such as 91.5), not "{text}".'
	},
	'entry.bounds': {
		zh: '“{indicator}”的取值应在 {lo} 到 {hi} 之间，{value} 不在其中：请检查数值和单位。',
		en: '"{indicator}" lies between {lo} and {hi}; {value} does not: check the value and its unit.'
	},
	'entry.year': {
		zh: '年份应为 1900 到 {max} 之间的整数（实际值不能晚于研判基准年 {max}），而不是“{text}”。',
		en: 'The year must be a whole number from 1900 to {max} (an actual cannot be later than the assessment year {max}), not "{text}".'
	},
	'entry.source': {
		zh: '请填写来源（如“重庆统计年鉴2024 表4-12”）：录入的数值必须注明出处。',
		en: 'Enter the source (such as "Chongqing Statistical Yearbook 2024, table 4-12"): an entered value must say where it comes from.'
	},
	'entry.sourceLong': {
		zh: '来源最多 {max} 个字符，现有 {n} 个：请缩短。',
		en: 'The source may have at most {max} characters, not {n}: shorten it.'
	},
	'missing.one': {
		zh: '{from}使用了{what}中的 {n} 个数值，您尚未导入：依赖这些数值的研判已标出“缺数据”。{how}',
		en: '{from} uses {n} values from {what}, which you have not imported: the verdicts that depend on them are marked "data missing". {how}'
	},
	'missing.many': {
		zh: '{from}使用了 {k} 项您尚未导入的数据（{list}）：依赖这些数值的研判已标出“缺数据”。{how}',
		en: '{from} uses {k} data sets you have not imported ({list}): the verdicts that depend on them are marked "data missing". {how}'
	},
	'missing.item': { zh: '{what}中的 {n} 个数值', en: '{n} values from {what}' },
	'missing.howImport': {
		zh: '导入该文件（或打开发送者的情景文件）即可补全。',
		en: 'Import that file (or open the sender’s scenario file) to complete the picture.'
	},
	'missing.howScenario': {
		zh: '请向发送者索取情景文件并导入，即可补全。',
		en: 'Ask the sender for the scenario file and import it to complete the picture.'
	},
	'what.import': { zh: '导入文件 {name} ', en: 'the imported file {name}' },
	'what.document': { zh: '政策文本“{name}”', en: 'the policy text "{name}"' },
	'what.entered': { zh: '录入的数值“{name}”', en: 'the entered value "{name}"' },
	'what.scenario': { zh: '情景“{name}”自带的数据', en: 'the own data of the scenario "{name}"' },
	'from.link': { zh: '此链接', en: 'This link' },
	'from.scenario': { zh: '此情景', en: 'This scenario' },
	'adopt.switchedOff': {
		zh: '为与{from}保存时的数据一致，已关闭您的 {n} 项数据（{names}）；可在“我的数据”中重新打开。',
		en: 'To match the data {from} was made with, {n} item(s) of your data were switched off ({names}); switch them on again in My data.'
	},
	'adopt.added': {
		zh: '{from}带来的 {n} 项数据已加入“我的数据”。',
		en: '{from} brought {n} item(s) of data; they are in My data.'
	},
	fulfilled: {
		zh: '已补全所需的数据“{name}”：研判与发送者一致。',
		en: 'The data "{name}" that was missing is here now: the verdicts are the sender’s.'
	},
	differs: {
		zh: '导入的“{name}”与链接所用的数据不同（链接所用的有 {n} 个数值），所需的数据仍缺：研判可能与发送者不同。',
		en: 'The imported "{name}" is not the data the link used ({n} values), which is still missing: the verdicts may differ from the sender’s.'
	},
	'link.notCarried': {
		zh: '{head}{list}太大，未放入链接，链接只写明了名称：接收者需导入同一文件；也可导出情景文件发送，它带有全部数据。',
		en: '{head} {list} is too large for a link, which only names it: the recipient must import the same file, or send the scenario file instead, which carries all data.'
	}
});

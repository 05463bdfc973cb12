/** Notices and errors of the page's own workflows (links, saved scenarios, undo). */
import { messages } from '../bilingual.ts';

export const appMessage = messages({
	'link.long': {
		zh: '此链接长 {n} 个字符，部分聊天或邮件工具可能截断它；建议在“情景”面板中导出情景文件发送。链接仍已复制。',
		en: 'This link is {n} characters long and some chat or mail tools may cut it: consider exporting a scenario file from the Scenarios panel. The link was still copied.'
	},
	'link.tooLong': {
		zh: '当前画面的数据太多，无法放进链接（浏览器最多打开约 200 万字符的链接）：链接未复制。请在“情景”面板中导出情景文件发送。',
		en: 'This screen holds too much data for a link (browsers open links of up to about 2 million characters): no link was copied. Export a scenario file from the Scenarios panel instead.'
	},
	'link.copied': {
		zh: '链接已复制，打开它即可还原当前画面。',
		en: 'Link copied: opening it restores this screen.'
	},
	'link.copiedShort': { zh: '链接已复制。', en: 'Link copied.' },
	'link.noClipboardShort': {
		zh: '浏览器不允许写入剪贴板，请从地址栏复制链接。',
		en: 'The browser does not allow copying: copy the address bar.'
	},
	'link.noClipboard': {
		zh: '浏览器不允许写入剪贴板：请从地址栏复制链接，它已包含当前画面。',
		en: 'The browser does not allow copying: copy the address bar, which holds this screen.'
	},
	'scenario.skipped': {
		zh: '有 {n} 个已保存的情景已损坏或无法识别，未列出。',
		en: '{n} saved scenario(s) are damaged or unreadable and are not listed.'
	},
	'scenario.notSavable': {
		zh: '此情景未保存：其中有一项无法读回（{reason}）。请修改该项后再保存。',
		en: 'This scenario was not saved: it holds something that could not be read back ({reason}). Change it and save again.'
	},
	'scenario.storageFailed': {
		zh: '浏览器存储操作失败（可能空间已满）；当前画面未受影响。',
		en: 'The browser storage refused the operation (it may be full); the screen is unchanged.'
	},
	'scenario.saved': { zh: '已保存情景“{name}”。', en: 'Saved "{name}".' },
	'scenario.opened': { zh: '已打开情景“{name}”。', en: 'Opened "{name}".' },
	'scenario.fileTooLarge': {
		zh: '情景文件过大（超过 {limit}），未导入。',
		en: 'The scenario file is over {limit}: not imported.'
	},
	'scenario.nameInvalid': {
		zh: '情景名称不能为空，最多 {max} 个字符：未改名。',
		en: 'A scenario name cannot be empty and has at most {max} characters: not renamed.'
	},
	'scenario.renameConflict': {
		zh: '另一个标签页已把此情景改名为“{name}”：本页的改名未保存。列表已刷新，如仍要改名请再试一次。',
		en: 'Another tab renamed this scenario to "{name}": this rename was not saved. The list is refreshed; rename again if you still want to.'
	},
	'scenario.renameGone': {
		zh: '此情景已在另一个标签页中删除：无法改名。列表已刷新。',
		en: 'This scenario was deleted in another tab: it cannot be renamed. The list is refreshed.'
	},
	'scenario.fileRefused': {
		zh: '无法导入“{file}”：{reason}当前画面未改变。',
		en: 'Cannot import "{file}": {reason} The screen is unchanged.'
	},
	'data.undone': { zh: '已撤销：{what}。', en: 'Undone: {what}.' },
	'data.extracted': {
		zh: '从“{title}”提取的 {n} 项数据',
		en: '{n} figures from "{title}"'
	},
	'data.added': {
		zh: '已加入从“{title}”提取的 {n} 项数据，可撤销。',
		en: 'Added {n} figures from "{title}"; this can be undone.'
	},
	'compare.full': {
		zh: '对比地区最多 {max} 个：已有 {max} 个，其余 {n} 个未加入。可先移除一些再添加。',
		en: 'At most {max} regions can be compared: {n} more were not added. Remove some first to add others.'
	},
	'sigma.tooLarge': {
		zh: '离散度 σ 最大为 {max}（{unit}），{value} 超出了范围：未更改。',
		en: 'σ can be at most {max} ({unit}); {value} is beyond that: not changed.'
	},
	'data.nothingToUndo': { zh: '没有可撤销的操作。', en: 'Nothing to undo.' }
});

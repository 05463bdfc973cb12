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
	'link.noClipboard': {
		zh: '浏览器不允许写入剪贴板：请从地址栏复制链接，它已包含当前画面。',
		en: 'The browser does not allow copying: copy the address bar, which holds this screen.'
	},
	'scenario.skipped': {
		zh: '有 {n} 个已保存的情景已损坏或无法识别，未列出。',
		en: '{n} saved scenario(s) are damaged or unreadable and are not listed.'
	},
	'scenario.storageFailed': {
		zh: '浏览器存储操作失败（可能空间已满）；当前画面未受影响。',
		en: 'The browser storage refused the operation (it may be full); the screen is unchanged.'
	},
	'scenario.saved': { zh: '已保存情景“{name}”。', en: 'Saved "{name}".' },
	'scenario.opened': { zh: '已打开情景“{name}”。', en: 'Opened "{name}".' },
	'scenario.fileTooLarge': {
		zh: '情景文件过大（超过 20 MB），未导入。',
		en: 'The scenario file is over 20 MB: not imported.'
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
	'data.nothingToUndo': { zh: '没有可撤销的操作。', en: 'Nothing to undo.' }
});

/** Notices and errors of the page's own workflows (links, undo, imports, the assumption panel). */
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

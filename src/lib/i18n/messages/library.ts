/**
 * Notices and errors of the saved scenarios (the scenario manager's list, opening, renaming and
 * exporting a scenario file), loaded with it.
 */
import { messages } from '../bilingual.ts';

export const libraryMessage = messages({
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
	'export.notEmbedded': {
		zh: '情景文件已导出，但未包含 {list} 的数据（尚未导入或超出情景文件 {limit} 的上限）：接收者需另行导入。',
		en: 'The scenario file was exported without the data of {list} (not imported here, or beyond the {limit} a scenario file may hold): the recipient must import it separately.'
	}
});

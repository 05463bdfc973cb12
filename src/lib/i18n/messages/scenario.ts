/** Why a scenario file, a saved scenario or a link cannot be used, and what to do. */
import { messages } from '../bilingual.ts';

export const scenarioMessage = messages({
	'field.unknown': {
		zh: '情景文件{at}有不认识的字段 {keys}：请删去它们，或用本程序导出的情景文件。',
		en: 'The scenario has the unknown field(s) {keys}{at}: remove them, or use a scenario exported by this app.'
	},
	'field.missing': {
		zh: '情景文件缺少必填字段 {where}。',
		en: 'The scenario is missing the required field {where}.'
	},
	'field.type': {
		zh: '{where} 应为{expected}，但文件里是{got}。',
		en: '{where} must be {expected}, but the file has {got}.'
	},
	'field.oneOf': {
		zh: '{where} 的取值无效，应为 {values} 之一。',
		en: '{where} must be one of {values}.'
	},
	'field.atLeast': { zh: '{where} 不能小于 {bound}。', en: '{where} must be at least {bound}.' },
	'field.atMost': { zh: '{where} 不能大于 {bound}。', en: '{where} must be at most {bound}.' },
	'field.other': { zh: '{where}：{what}。', en: '{where}: {what}.' },
	invalid: { zh: '情景文件无效。', en: 'The scenario is not valid.' },
	'json.nonFinite': {
		zh: '情景文件含有 {bad}：数值必须是有限的数字。',
		en: 'The scenario contains {bad}: every number must be finite.'
	},
	'json.invalid': {
		zh: '情景文件不是有效的 JSON（{detail}）。',
		en: 'The scenario file is not valid JSON ({detail}).'
	},
	'not.object': { zh: '情景文件应是一个 JSON 对象。', en: 'A scenario must be a JSON object.' },
	'no.version': {
		zh: '情景文件缺少有效的版本号（version）。',
		en: 'The scenario has no valid version number.'
	},
	'version.newer': {
		zh: '此情景文件的版本为 {version}，比本程序支持的版本 {supported} 新，请更新 mubiao 后再打开。',
		en: 'This scenario is version {version}, newer than the version {supported} this app reads: update mubiao to open it.'
	},
	'not.mubiao': {
		zh: '这不是 mubiao 情景文件（format 应为 "{format}"）。',
		en: 'This is not a mubiao scenario (format must be "{format}").'
	},
	'storage.unavailable': {
		zh: '此浏览器不允许本地存储（可能是隐私模式、空间已满或被禁止），保存情景功能已关闭；链接和文件导出仍可使用。',
		en: 'This browser does not allow local storage (private mode, full or blocked): saving scenarios is off. Links and file export still work.'
	},
	'link.damaged': {
		zh: '链接已损坏或不完整，无法还原其中的情景；已显示默认画面。',
		en: 'The link is damaged or incomplete and its scenario cannot be restored: the default screen is shown.'
	},
	'link.newer': {
		zh: '此链接的格式版本为 {version}，比本程序新，请更新 mubiao 后再打开；已显示默认画面。',
		en: 'This link is format version {version}, newer than this app: update mubiao to open it. The default screen is shown.'
	},
	'link.tooLong': {
		zh: '此链接过大，无法打开（可能已被篡改）；已显示默认画面。大的情景请用情景文件传递。',
		en: 'This link is too large to open (it may have been tampered with): the default screen is shown. Send large scenarios as a scenario file.'
	},
	'link.unusable': {
		zh: '链接中的情景无法使用：{reason}已显示默认画面。',
		en: "The link's scenario cannot be used: {reason} The default screen is shown."
	}
});

/** How a value's type is named in the messages above. */
export const TYPE_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
	string: { zh: '文本', en: 'text' },
	number: { zh: '数值', en: 'a number' },
	NaN: { zh: '非数值（NaN）', en: 'NaN (not a number)' },
	boolean: { zh: '布尔值', en: 'true or false' },
	object: { zh: '对象', en: 'an object' },
	array: { zh: '数组', en: 'a list' },
	null: { zh: '空值（null）', en: 'null' },
	undefined: { zh: '空', en: 'nothing' }
};

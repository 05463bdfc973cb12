/** Notices of the views of the comparison: regions without data, the scenario compared with. */
import { messages } from '../bilingual.ts';

export const viewMessage = messages({
	'compare.noData': {
		zh: '{region}没有“{indicator}”的数据：已加入对比，但图中不会出现它的线。',
		en: '{region} has no data on "{indicator}": added to the comparison, but no line will show for it.'
	},
	'compare.someNoData': {
		zh: '已加入 {n} 个地区，其中 {missing} 个没有“{indicator}”的数据（图中不会出现）。',
		en: 'Added {n} regions; {missing} of them have no data on "{indicator}" (no line shows for them).'
	},
	'reference.missing': {
		zh: '找不到要对比的情景“{name}”（可能保存在另一台电脑的浏览器中）：改为与拟合趋势对比。',
		en: 'The scenario to compare with, "{name}", is not here (it may be saved in another browser): comparing with the fitted trends instead.'
	}
});

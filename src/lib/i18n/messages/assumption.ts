/** Why an assumption (its rate, region or indicator) cannot be used as given. */
import { messages } from '../bilingual.ts';

export const assumptionMessage = messages({
	'rate.notFinite': {
		zh: '增长率必须是有限数值',
		en: 'the rate must be a finite number'
	},
	'rate.compound': {
		zh: '复合增长法的年增长率必须大于 -1（即 -100%），而不是 {rate}',
		en: 'a compound rate must be above -1 (-100 % a year), not {rate}'
	},
	'rate.gap': {
		zh: '缺口收敛法每年收敛的比例不能超过 1（即 100%），而不是 {rate}',
		en: 'a gap-closing rate cannot exceed 1 (the whole gap in a year), not {rate}'
	},
	'assumption.unknownRegion': {
		zh: '情景中的假设引用了数据中没有的地区“{name}”，已忽略。',
		en: 'An assumption names the region "{name}", which the data does not have: ignored.'
	},
	'assumption.unknownIndicator': {
		zh: '情景中的假设引用了数据中没有的指标“{name}”，已忽略。',
		en: 'An assumption names the indicator "{name}", which the data does not have: ignored.'
	}
});

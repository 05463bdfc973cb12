/**
 * A generated county-level dataset for the benchmarks: 3,000 counties × 30 indicators, ten
 * years of actuals (2015–2024) and one target per milestone (2027, 2029, 2035) for every
 * county × indicator — 900,000 observations and 270,000 targets. Deterministic: the same
 * arguments give the same dataset. Pure (runs in node and in the page).
 */
import type {
	Dataset,
	Indicator,
	Observation,
	Region,
	Source,
	Target
} from '../../src/lib/data/model.ts';

export interface CountyShape {
	regions: number;
	indicators: number;
	/** Years of actuals, ending in 2024. */
	years: number;
	milestones: readonly number[];
}

export const COUNTY_SHAPE: CountyShape = {
	regions: 3000,
	indicators: 30,
	years: 10,
	milestones: [2027, 2029, 2035]
};

export const COUNTY_SOURCE: Source = {
	id: 'bench:county',
	kind: 'import',
	title: '县级教育统计（基准测试生成）',
	file: 'county.csv'
};

/** Name, unit, direction and a plausible level and yearly change of each indicator. */
const INDICATORS: readonly (readonly [string, string, 'up' | 'down', number, number])[] = [
	['学前教育毛入园率', '%', 'up', 80, 1.2],
	['普惠性幼儿园覆盖率', '%', 'up', 75, 1.5],
	['公办幼儿园在园幼儿占比', '%', 'up', 45, 1.8],
	['九年义务教育巩固率', '%', 'up', 93, 0.4],
	['高中阶段毛入学率', '%', 'up', 85, 0.9],
	['残疾儿童少年义务教育入学率', '%', 'up', 88, 0.8],
	['随迁子女公办学校就读比例', '%', 'up', 80, 1],
	['义务教育学校体育场馆开放率', '%', 'up', 50, 3],
	['学生体质健康达标率', '%', 'up', 88, 0.5],
	['近视率', '%', 'down', 55, -0.6],
	['双师型教师占比', '%', 'up', 40, 2],
	['小学专任教师本科以上学历比例', '%', 'up', 60, 2.5],
	['初中专任教师研究生学历比例', '%', 'up', 8, 0.7],
	['义务教育大班额比例', '%', 'down', 6, -0.5],
	['学校心理健康教师配备率', '%', 'up', 55, 3],
	['小学专任教师生师比', '比值', 'down', 17, -0.2],
	['初中专任教师生师比', '比值', 'down', 13, -0.15],
	['生均一般公共预算教育经费', '元', 'up', 12000, 500],
	['教育经费总投入', '亿元', 'up', 15, 0.8],
	['专任教师总数', '人', 'up', 4000, 40],
	['义务教育阶段学校数', '所', 'up', 120, -1],
	['中等职业学校在校生数', '人', 'up', 5000, 80],
	['乡村教师周转宿舍数', '套', 'up', 300, 25],
	['县域普通高中在校生数', '人', 'up', 12000, 150],
	['特殊教育学校在校生数', '人', 'up', 150, 6],
	['劳动年龄人口平均受教育年限', '年', 'up', 10.2, 0.1],
	['每百名学生拥有计算机台数', '台', 'up', 12, 0.9],
	['生均校舍建筑面积', '平方米', 'up', 9, 0.2],
	['教师培训经费占公用经费比例', '%', 'up', 4, 0.2],
	['县域义务教育优质均衡达标校比例', '%', 'up', 40, 4]
];

/** Two characters each; 60 × 60 distinct county names. */
const FIRST =
	'安宁平和永定长兴丰新福德乐庆昌武康泰清阳江河山城东西南北中上下云华金石海湖林田白黑红青广明光成宜文嘉富顺通兰松';
const SECOND =
	'安宁平和永定长兴丰新福德乐庆昌武康泰清阳江河山城东西南北中上下云华金石海湖林田白黑红青广明光成宜文嘉富顺通兰松';

function countyName(i: number): string {
	return `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}${i < 3600 ? '' : Math.floor(i / 3600)}县`;
}

/** A small deterministic pseudo-random sequence. */
function sequence(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The counties, indicators and source of the dataset (no figures). */
export function countyItems(
	shape: CountyShape = COUNTY_SHAPE
): Pick<Dataset, 'regions' | 'indicators' | 'sources'> {
	const regions: Region[] = [];
	for (let i = 0; i < shape.regions; i++) {
		const zh = countyName(i);
		regions.push({ id: `county:${i}`, zh, en: `County ${i + 1}`, aliases: [], level: 'county' });
	}
	const indicators: Indicator[] = [];
	for (let k = 0; k < shape.indicators; k++) {
		const [zh, unit, direction] = INDICATORS[k % INDICATORS.length]!;
		const suffix = k < INDICATORS.length ? '' : `（${Math.floor(k / INDICATORS.length) + 1}）`;
		indicators.push({
			id: `county-ind:${k}`,
			zh: `${zh}${suffix}`,
			en: `County indicator ${k + 1}`,
			aliases: [],
			unit,
			direction
		});
	}
	return { regions, indicators, sources: [COUNTY_SOURCE] };
}

/**
 * The whole county dataset. Every county × indicator has `years` actuals with a trend and
 * noise, and one target per milestone set somewhere between easy and out of reach, so that the
 * verdicts spread over on-track, at-risk and off-track.
 */
export function makeCountyDataset(shape: CountyShape = COUNTY_SHAPE): Dataset {
	const { regions, indicators, sources } = countyItems(shape);
	const random = sequence(shape.regions * 31 + shape.indicators);
	const observations: Observation[] = [];
	const targets: Target[] = [];
	const lastYear = 2024;
	for (const region of regions) {
		for (let k = 0; k < indicators.length; k++) {
			const indicator = indicators[k]!;
			const [, unit, direction, level, change] = INDICATORS[k % INDICATORS.length]!;
			const percent = unit === '%';
			const start = level * (0.75 + 0.5 * random());
			const slope = change * (0.3 + 1.4 * random());
			let value = start;
			for (let y = lastYear - shape.years + 1; y <= lastYear; y++) {
				value =
					start + slope * (y - (lastYear - shape.years + 1)) + level * 0.02 * (random() - 0.5);
				if (percent) value = Math.min(99.9, Math.max(0.1, value));
				else value = Math.max(0.1, value);
				observations.push({
					region: region.id,
					indicator: indicator.id,
					value: round(value, percent ? 1 : 2),
					provenance: [{ source: COUNTY_SOURCE.id }],
					year: y
				});
			}
			for (const milestone of shape.milestones) {
				// From "the trend already gets there" to "needs twice the pace".
				const pace = slope * (0.4 + 1.6 * random());
				let goal = value + pace * (milestone - lastYear);
				if (percent) goal = Math.min(99.5, Math.max(0.5, goal));
				else goal = Math.max(0.1, goal);
				targets.push({
					region: region.id,
					indicator: indicator.id,
					value: round(goal, percent ? 1 : 2),
					provenance: [{ source: COUNTY_SOURCE.id }],
					year: milestone,
					comparator: direction === 'down' ? '<=' : '>=',
					valueMax: null
				});
			}
		}
	}
	return { sources, regions, indicators, observations, targets };
}

/**
 * Generators of large, realistic files for timing the importer (`npm run bench`): a canonical
 * long CSV with Chinese names, and a wide file of a given size. Deterministic: the same
 * arguments give the same text.
 */
import { COLUMNS } from '../src/lib/data/canonical.ts';

const PROVINCES = [
	'北京市',
	'天津市',
	'河北省',
	'山西省',
	'内蒙古自治区',
	'辽宁省',
	'吉林省',
	'黑龙江省',
	'上海市',
	'江苏省',
	'浙江省',
	'安徽省',
	'福建省',
	'江西省',
	'山东省',
	'河南省',
	'湖北省',
	'湖南省',
	'广东省',
	'广西壮族自治区',
	'海南省',
	'重庆市',
	'四川省',
	'贵州省',
	'云南省',
	'西藏自治区',
	'陕西省',
	'甘肃省',
	'青海省',
	'宁夏回族自治区',
	'新疆维吾尔自治区',
	'全国',
	'南岸区',
	'赣州市'
];
const INDICATORS: readonly [string, string][] = [
	['高等教育毛入学率', '%'],
	['学前教育毛入园率', '%'],
	['九年义务教育巩固率', '%'],
	['高中阶段毛入学率', '%'],
	['普惠性幼儿园覆盖率', '%'],
	['劳动年龄人口平均受教育年限', '年'],
	['普通高等学校数', '所'],
	['专任教师总数', '万人'],
	['教育经费总投入', '亿元'],
	['生均一般公共预算教育经费', '元'],
	['特殊教育学校数', '所'],
	['中等职业学校在校生数', '万人'],
	['双师型教师占比', '%'],
	['公办幼儿园在园幼儿占比', '%'],
	['义务教育阶段学校数', '所'],
	['本科院校数', '所'],
	['研究生在学人数', '万人'],
	['小学专任教师生师比', '比值'],
	['初中专任教师生师比', '比值'],
	['国家财政性教育经费占GDP比例', '%'],
	['职业本科学校数', '所'],
	['高校专任教师数', '万人'],
	['义务教育学校体育场馆开放率', '%'],
	['学生体质健康达标率', '%'],
	['近视率', '%'],
	['乡村教师周转宿舍数', '套'],
	['随迁子女公办学校就读比例', '%'],
	['残疾儿童少年义务教育入学率', '%'],
	['高中阶段学校数', '所'],
	['普通本科在校生数', '万人']
];

/** A small deterministic pseudo-random sequence (so benchmarks compare like with like). */
function sequence(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/**
 * A canonical long CSV (English headers, all 18 columns) of `rows` distinct observations:
 * 34 regions × 30 indicators × years counting back from 2024.
 */
export function makeLongCsv(rows: number): string {
	const random = sequence(rows);
	const out: string[] = [COLUMNS.map((c) => c.key).join(',')];
	const perYear = PROVINCES.length * INDICATORS.length;
	for (let i = 0; i < rows; i++) {
		const region = PROVINCES[i % PROVINCES.length] as string;
		const [indicator, unit] = INDICATORS[Math.floor(i / PROVINCES.length) % INDICATORS.length] as [
			string,
			string
		];
		const year = 2024 - Math.floor(i / perYear);
		const value = (random() * 100).toFixed(1);
		const note = i % 10 === 0 ? '"据公报，含民办"' : '';
		out.push(`${region},${indicator},${year},${value},${unit},actual,,,up,,,,,,${note},,,`);
	}
	return out.join('\n') + '\n';
}

/**
 * A wide CSV (地区, 指标, 单位, 1990年 … 2024年) of about `bytes` characters: 34 regions per
 * indicator, as many indicators as the size needs, a few cells missing (`..`) as in real
 * downloads.
 */
export function makeWideCsv(bytes: number): string {
	const random = sequence(bytes);
	const years: string[] = [];
	for (let y = 1990; y <= 2024; y++) years.push(`${y}年`);
	const out: string[] = [`地区,指标,单位,${years.join(',')}`];
	let size = out[0]?.length ?? 0;
	for (let i = 0; size < bytes; i++) {
		// Every region for one indicator, then the next (breakdowns such as 城镇/乡村 as in 国家数据).
		const region = PROVINCES[i % PROVINCES.length] as string;
		const series = Math.floor(i / PROVINCES.length);
		const [name, unit] = INDICATORS[series % INDICATORS.length] as [string, string];
		const indicator =
			series < INDICATORS.length
				? name
				: `${name}（分组${Math.floor(series / INDICATORS.length)}）`;
		const cells = years.map(() => (random() < 0.05 ? '..' : (random() * 100).toFixed(2)));
		const line = `${region},${indicator},${unit},${cells.join(',')}`;
		out.push(line);
		size += line.length + 1;
	}
	return out.join('\n') + '\n';
}

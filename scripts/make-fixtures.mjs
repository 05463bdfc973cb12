#!/usr/bin/env node
/**
 * Writes the import fixtures in tests/fixtures/import/ (run: `node scripts/make-fixtures.mjs`).
 * The files are small, shaped like what analysts download (WDI, DataBank, OWID, 国家数据, Excel),
 * with plausible numbers that are TEST DATA, not statistics (see the README written alongside).
 * Deterministic: running it again gives the same bytes. The GBK file goes through `iconv`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));
mkdirSync(dir, { recursive: true });

const crlf = (s) => s.replace(/\r?\n/g, '\r\n');
const write = (name, data) => writeFileSync(dir + name, data);
const utf8 = (name, text) => write(name, Buffer.from(text, 'utf8'));

// 1. Canonical long, Chinese headers, UTF-8 without BOM, LF.
utf8(
	'canonical-zh.csv',
	`地区,指标,年份,数值,单位,类型,比较,上限,来源,备注
重庆市,高等教育毛入学率,2019,47.6,%,实际值,,,,
重庆市,高等教育毛入学率,2020,52.6,%,实际值,,,,
重慶市,高等教育毛入学率,2021,55.3,%,实际值,,,,
Chongqing,学前教育毛入园率,2022,约91,%,实际值,,,,"据新闻发布会，约数"
四川省,高等教育毛入学率,2022,52.4,%,实际值,,,,
重庆,九年义务教育巩固率,2023,96.1%,,实际值,,,,
重庆市,高等教育毛入学率,2035,70,%,目标值,>=,,示例规划,"到2035年，达到70%"
重庆市,普通高等学校数,2027,30,所,目标值,range,50,示例规划,30—50所
四川省,普通本专科在校生数,2023,2.5万,人,实际值,,,,
`
);

// 2. Canonical long, English headers, UTF-8 with BOM, CRLF, a quoted comma, doubled quotes,
// a note over two lines, a formula-looking note, and one bad value after the two-line note.
utf8(
	'canonical-en-bom.csv',
	'\ufeff' +
		crlf(`region,indicator,year,value,unit,kind,note
Zhejiang,"Gross enrolment ratio, higher education",2021,64.8,%,actual,"from the ""statistical bulletin"", p. 3"
Zhejiang,"Gross enrolment ratio, higher education",2022,"66.3",%,actual,"two-line
note"
Fujian,ger_higher,2022,58.0,%,actual,'=not a formula
Fujian,ger_higher,2023,6o.1,%,actual,
`)
);

// 3. Wide: one row per region × indicator, year headers 2019年…, a — for missing.
utf8(
	'wide-years.csv',
	`地区,指标,单位,2019年,2020年,2021年,2022年,2023年
全国,高等教育毛入学率,%,51.6,54.4,57.8,59.6,60.2
重庆市,高等教育毛入学率,%,47.6,52.6,55.3,57.5,—
四川省,高等教育毛入学率,%,43.8,46.2,49.1,52.4,54.5
重庆市,普通高等学校数,所,65,68,69,70,71
`
);

// 4. Wide, regions × years, the indicator only in the title line.
utf8(
	'wide-title.csv',
	`表3 各地区学前教育毛入园率（%）
地区,2020年,2021年,2022年
重庆市,90.2,91.0,91.5
四川省,89.5,90.1,91.2
浙江省,98.6,98.8,99.0
`
);

// 5. Wide, regions × years, no indicator anywhere (the page must ask).
utf8(
	'wide-no-indicator.csv',
	`地区,2021,2022,2023
重庆市,95.5,95.8,96.1
四川省,95.0,95.3,95.6
`
);

// 6. Transposed: years down, regions across, indicator in the title.
utf8(
	'transposed-regions.csv',
	`高等教育毛入学率（%）
年份,全国,重庆市,四川省
2019,51.6,47.6,43.8
2020,54.4,52.6,46.2
2021,57.8,55.3,49.1
2022年,59.6,57.5,52.4
`
);

// 7. Transposed: years down, indicators across (with units), region in the preamble;
// semicolon-separated with decimal commas, as European-locale Excel writes it.
utf8(
	'transposed-indicators-semicolon.csv',
	`地区：重庆市
年份;高等教育毛入学率(%);普通高等学校数(所);劳动年龄人口平均受教育年限(年)
2020;52,6;68;10,9
2021;55,3;69;11,0
2022;57,5;70;11,1
`
);

// 8. World Bank WDI download (API_…): BOM, preamble, trailing comma on every line, "" missing.
const wdiYears = Array.from({ length: 2023 - 1960 + 1 }, (_, i) => 1960 + i);
const wdiRow = (name, code, values) =>
	[
		name,
		code,
		'School enrollment, tertiary (% gross)',
		'SE.TER.ENRR',
		...wdiYears.map((y) => values[y] ?? '')
	]
		.map((c) => `"${c}"`)
		.join(',') + ',';
utf8(
	'API_SE.TER.ENRR_DS2_en_csv_v2_fixture.csv',
	'\ufeff' +
		[
			'"Data Source","World Development Indicators",',
			'',
			'"Last Updated Date","2024-12-16",',
			'',
			[
				`"Country Name"`,
				`"Country Code"`,
				`"Indicator Name"`,
				`"Indicator Code"`,
				...wdiYears.map((y) => `"${y}"`)
			].join(',') + ',',
			wdiRow('Aruba', 'ABW', {}),
			wdiRow('China', 'CHN', { 2019: '53.8', 2020: '58.4', 2021: '63.6', 2022: '68.1' }),
			wdiRow('Japan', 'JPN', { 2019: '64.1', 2020: '65.0', 2021: '65.8' }),
			wdiRow('World', 'WLD', { 2019: '39.7', 2020: '40.2', 2021: '41.9', 2022: '42.6' }),
			wdiRow('High income', 'HIC', { 2020: '79.4', 2021: '80.1' }),
			wdiRow('East Asia & Pacific', 'EAS', { 2021: '55.2' })
		].join('\n') +
		'\n'
);

// 9. Its companion metadata sheet: not data.
utf8(
	'Metadata_Country_API_SE.TER.ENRR_DS2_en_csv_v2_fixture.csv',
	'\ufeff' +
		`"Country Code","Region","IncomeGroup","SpecialNotes","TableName",
"ABW","Latin America & Caribbean","High income","","Aruba",
"CHN","East Asia & Pacific","Upper middle income","On 1 July 1997 China resumed its exercise of sovereignty over Hong Kong.","China",
"JPN","East Asia & Pacific","High income","","Japan",
`
);

// 10. World Bank DataBank export: YR headers, .. missing, blank lines and a footer; CRLF.
utf8(
	'databank-export.csv',
	crlf(`Series Name,Series Code,Country Name,Country Code,2019 [YR2019],2020 [YR2020],2021 [YR2021],2022 [YR2022]
"School enrollment, tertiary (% gross)",SE.TER.ENRR,China,CHN,53.8,58.4,63.6,..
"School enrollment, tertiary (% gross)",SE.TER.ENRR,Japan,JPN,64.1,65.0,65.8,..
"School enrollment, primary (% gross)",SE.PRM.ENRR,China,CHN,101.9,102.2,..,..
"School enrollment, primary (% gross)",SE.PRM.ENRR,Japan,JPN,..,..,..,..


Data from database: World Development Indicators
Last Updated: 12/16/2024
`)
);

// 11. Our World in Data grapher CSV: the value column's quoted name holds a comma; aggregates
// have no code (or an OWID_ code).
utf8(
	'owid-tertiary-enrolment.csv',
	`Entity,Code,Year,"Gross enrolment ratio for tertiary education, both sexes (%)"
China,CHN,2019,53.76
China,CHN,2020,58.42
Japan,JPN,2019,64.13
Japan,JPN,2020,65.02
World,OWID_WRL,2019,39.65
High-income countries,,2019,78.61
East Asia and Pacific (WB),,2020,49.2
`
);

// 12. 国家统计局 (国家数据) export: GBK, preamble, newest year first, footer; CRLF.
const nbs = crlf(`数据库：分省年度数据
指标：普通高等学校数(所)
时间：最近5年
地区,2023年,2022年,2021年,2020年,2019年
北京市,92,92,92,92,93
重庆市,71,70,69,68,65
四川省,137,134,134,132,126
浙江省,110,109,109,109,109
西藏自治区,7,7,7,7,7
注：普通高等学校数不含独立学院。
数据来源：国家统计局
`);
write(
	'nbs-gbk.csv',
	execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(nbs, 'utf8') })
);

// 13. Excel "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
const tsv = crlf(`地区\t指标\t单位\t2019\t2020\t2021
重庆市\t学前教育毛入园率\t%\t89.5\t90.2\t91.0
四川省\t学前教育毛入园率\t%\t88.0\t89.5\t90.1
`);
write('utf16le-tab.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));

// 14. Broken files.
utf8(
	'broken-unknown-columns.csv',
	`name,score,comment
张三,95,good
李四,88,ok
`
);
utf8(
	'broken-bad-numbers.csv',
	`地区,指标,年份,数值
重庆市,高等教育毛入学率,2019,47.6
重庆市,高等教育毛入学率,2020,五十
重庆市,高等教育毛入学率,二〇二一,55.3
四川省,高等教育毛入学率,2020,46..2
四川省,高等教育毛入学率,2021,49.1
四川省,,2022,52.4
浙江省,高等教育毛入学率,2022,1.2.3
`
);
write('broken-empty.csv', Buffer.alloc(0));
write(
	'broken-image.png',
	Buffer.from([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
		0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
		0x89, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82
	])
);
write(
	'broken-document.pdf',
	Buffer.from(
		'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
		'latin1'
	)
);
// The start of an .xlsx: a ZIP local file header naming [Content_Types].xml, then xl/ entries.
const zipEntry = (name) =>
	Buffer.concat([
		Buffer.from([
			0x50,
			0x4b,
			0x03,
			0x04,
			0x14,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			name.length,
			0,
			0,
			0
		]),
		Buffer.from(name, 'latin1')
	]);
write(
	'broken-workbook.xlsx',
	Buffer.concat([
		zipEntry('[Content_Types].xml'),
		zipEntry('xl/workbook.xml'),
		zipEntry('xl/worksheets/sheet1.xml')
	])
);

console.log(`fixtures written to ${dir}`);

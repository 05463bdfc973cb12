/**
 * The briefing as a Word document (.docx, with the `docx` package): A4 portrait, the sections of
 * the model in order, the charts as PNG images. Loaded on demand (the page imports it when the
 * briefing is asked for). Text goes into runs as plain text: nothing is interpreted.
 */
import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TextRun
} from 'docx';
import { rt } from '../i18n/report.ts';
import {
	cell,
	GREY,
	heading,
	MARGIN,
	PAGE_WIDTH,
	para,
	run,
	SMALL,
	STATUS_COLOR,
	table,
	widthsOf
} from './docxParts.ts';
import { TARGET_COLUMNS, type ReportModel } from './model.ts';

/** A chart as an image: PNG bytes or a PNG data URL, and the size it is shown at (px). */
export interface ReportImage {
	title: string;
	png: Uint8Array | string;
	width: number;
	height: number;
}

function targetsTable(model: ReportModel): Table {
	const { lang } = model;
	const w = widthsOf([15, 9, 11, 14, 8, 7, 10, 18, 8]);
	const rows = model.targets.map((r) => [
		cell([r.indicator], w[0]!),
		cell([r.target, ...r.revised], w[1]!),
		cell([r.year], w[2]!),
		r.compared === '—' ? cell([r.how], w[3]!) : cell([r.compared, r.how], w[3]!, { bold: true }),
		cell([r.verdict], w[4]!, { bold: true, color: STATUS_COLOR[r.status] }),
		cell([r.probability], w[5]!),
		cell([r.requiredRate], w[6]!),
		cell([r.basis], w[7]!),
		cell([r.sources.map((n) => `[${n}]`).join('')], w[8]!)
	]);
	return table(
		TARGET_COLUMNS.map((k) => rt(lang, k)),
		rows,
		w
	);
}

function chartParagraphs(
	model: ReportModel,
	images: readonly ReportImage[],
	missing?: string
): Paragraph[] {
	const { lang } = model;
	const milestones = model.milestones.join(lang === 'zh' ? '、' : ', ');
	const out = [
		para([
			run(rt(lang, 'charts.legend', { region: model.region.name, milestones }), {
				size: 18,
				color: GREY
			})
		])
	];
	if (model.charts.length === 0)
		return [para([run(rt(lang, 'charts.none', { region: model.region.name }))])];
	if (images.length === 0) {
		out.push(
			para([run(rt(lang, 'charts.notEmbedded', { reason: missing ?? '—' }), { italics: true })])
		);
		model.charts.forEach((c, i) =>
			out.push(para([run(rt(lang, 'chart.caption', { n: i + 1, title: c.name }))]))
		);
		return out;
	}
	images.forEach((image, i) => {
		out.push(
			new Paragraph({
				alignment: AlignmentType.CENTER,
				keepNext: true,
				children: [
					new ImageRun({
						type: 'png',
						data: image.png,
						transformation: { width: image.width, height: image.height },
						altText: { name: `chart-${i + 1}`, title: image.title, description: image.title }
					})
				]
			}),
			new Paragraph({
				alignment: AlignmentType.CENTER,
				spacing: { after: 240 },
				children: [
					run(rt(lang, 'chart.caption', { n: i + 1, title: image.title }), {
						size: 18,
						color: GREY
					})
				]
			})
		);
	});
	return out;
}

function sourceParagraphs(model: ReportModel): Paragraph[] {
	const { lang } = model;
	const out: Paragraph[] = [];
	for (const s of model.sources) {
		out.push(
			new Paragraph({
				keepNext: true,
				spacing: { before: 120, after: 40 },
				children: [
					run(`[${s.n}] `, { bold: true }),
					run(s.title, { bold: true }),
					...(s.meta ? [run(` · ${s.meta}`, { size: 18, color: GREY })] : [])
				]
			})
		);
		for (const q of s.quotes) {
			const section = q.section ? rt(lang, 'source.section', { section: q.section }) : '';
			out.push(
				new Paragraph({ indent: { left: 360 }, children: [run(q.figure + section, { size: 18 })] })
			);
			if (q.excerpt)
				out.push(
					new Paragraph({
						indent: { left: 720 },
						children: [
							run(lang === 'zh' ? `“${q.excerpt}”` : `"${q.excerpt}"`, {
								size: 18,
								italics: true,
								color: GREY
							})
						]
					})
				);
			if (q.note)
				out.push(
					new Paragraph({
						indent: { left: 720 },
						children: [run(rt(lang, 'source.note', { note: q.note }), { size: 18, color: GREY })]
					})
				);
		}
	}
	return out;
}

function body(
	model: ReportModel,
	images: readonly ReportImage[],
	missing?: string
): (Paragraph | Table)[] {
	const { lang } = model;
	const colon = lang === 'zh' ? '：' : ': ';
	const region = model.region.name;
	const peers = model.peers;
	const peerWidths = widthsOf(peers.columns.map((_, i) => (i === 0 ? 2 : 1.2)));
	return [
		new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, spacing: { after: 200 } }),
		...model.meta.map((m) => para([run(`${m.label}${colon}`, { bold: true }), run(m.value)], 40)),
		para([run(model.note, { size: 18, italics: true, color: GREY })], 200),
		heading(rt(lang, 'h.headline')),
		...model.headline.map(
			(h) => new Paragraph({ bullet: { level: 0 }, children: [run(h, { bold: true })] })
		),
		heading(rt(lang, 'h.targets', { region })),
		model.targets.length > 0
			? targetsTable(model)
			: para([run(rt(lang, 'targets.none', { region }))]),
		heading(rt(lang, 'h.charts')),
		...chartParagraphs(model, images, missing),
		heading(rt(lang, 'h.peers')),
		...(peers.rows.length === 0
			? [para([run(rt(lang, 'peers.none', { region }))])]
			: [
					para([run(rt(lang, 'peers.intro'), { size: 18, color: GREY })]),
					table(
						peers.columns,
						peers.rows.map((r) =>
							[r.indicator, ...r.cells].map((c, i) => cell([c], peerWidths[i]!))
						),
						peerWidths
					)
				]),
		heading(rt(lang, 'h.assumptions')),
		...(model.assumptions.lines.length === 0
			? [para([run(rt(lang, 'assume.none'))])]
			: model.assumptions.lines.map(
					(l) => new Paragraph({ bullet: { level: 0 }, children: [run(l)] })
				)),
		...(model.assumptions.others > 0
			? [para([run(rt(lang, 'assume.others', { n: model.assumptions.others }), { color: GREY })])]
			: []),
		heading(rt(lang, 'h.sources')),
		...sourceParagraphs(model),
		heading(rt(lang, 'h.method')),
		...model.method.map((p) => para([run(p)]))
	];
}

/**
 * The .docx file's bytes. `images` are the model's charts in order; with none, `missing` says
 * why in the document.
 */
export async function reportDocx(
	model: ReportModel,
	images: readonly ReportImage[],
	missing?: string
): Promise<Uint8Array> {
	const doc = new Document({
		creator: 'mubiao',
		title: model.title,
		description: model.note,
		styles: {
			default: {
				document: {
					run: {
						font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' },
						size: 21
					}
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE_WIDTH, height: 16838 },
						margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
					}
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									run(`${model.title} · `, { size: SMALL, color: GREY }),
									new TextRun({ children: [PageNumber.CURRENT], size: SMALL, color: GREY })
								]
							})
						]
					})
				},
				children: body(model, images, missing)
			}
		]
	});
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}

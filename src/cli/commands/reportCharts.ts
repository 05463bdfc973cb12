/**
 * The briefing's charts from the command line: ECharts' server-side SVG renderer, then
 * `@resvg/resvg-js` (an optional dependency with prebuilt binaries) to turn the SVG into PNG
 * for Word. Without resvg the charts are left out and the document says why.
 */
import { existsSync } from 'node:fs';
import { renderSvg } from '../../lib/charts/echarts.ts';
import type { ReportChartOption } from '../../lib/report/charts.ts';
import { REPORT_CHART } from '../../lib/report/charts.ts';
import type { ReportImage } from '../../lib/report/docx.ts';

/** Where Debian and other systems keep a CJK font the charts' font list names. */
const CJK_FONTS = [
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
	'/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
	'/System/Library/Fonts/PingFang.ttc',
	'C:\\Windows\\Fonts\\msyh.ttc'
];

export interface ChartImages {
	images: ReportImage[];
	/** Why there are no images, when there are none. */
	missing?: string;
	/** No CJK font was found: Chinese text in the images may be boxes. */
	noCjkFont: boolean;
}

type ResvgModule = typeof import('@resvg/resvg-js');

async function loadResvg(): Promise<ResvgModule | string> {
	try {
		return await import('@resvg/resvg-js');
	} catch (error) {
		return error instanceof Error ? error.message.split('\n')[0]! : String(error);
	}
}

/** Render each chart to PNG at the report's pixel ratio; `missing` says why when that fails. */
export async function chartImages(
	charts: readonly ReportChartOption[],
	noPng: (reason: string) => string
): Promise<ChartImages> {
	const fontFiles = CJK_FONTS.filter((f) => existsSync(f));
	if (charts.length === 0) return { images: [], noCjkFont: fontFiles.length === 0 };
	const resvg = await loadResvg();
	if (typeof resvg === 'string')
		return { images: [], missing: noPng(resvg), noCjkFont: fontFiles.length === 0 };
	const images: ReportImage[] = [];
	for (const chart of charts) {
		const svg = await renderSvg(chart.option, REPORT_CHART.width, REPORT_CHART.height);
		const png = new resvg.Resvg(svg, {
			background: '#ffffff',
			fitTo: { mode: 'width', value: REPORT_CHART.width * REPORT_CHART.pixelRatio },
			// Scanning every system font is slow: only when no known CJK font is there.
			font: {
				fontFiles,
				loadSystemFonts: fontFiles.length === 0,
				defaultFontFamily: 'Noto Sans CJK SC'
			}
		})
			.render()
			.asPng();
		images.push({
			title: chart.title,
			png: new Uint8Array(png),
			width: REPORT_CHART.shownWidth,
			height: REPORT_CHART.shownHeight
		});
	}
	return { images, noCjkFont: fontFiles.length === 0 };
}

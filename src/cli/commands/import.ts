/**
 * `import FILE [--format json|text] [--region R] [--indicator I] [--unit U] [--sheet S]
 * [--encoding E]`: the import report for one file (what was detected, rows read and accepted,
 * every issue, new regions and indicators, conflicts with the built-in data). Exit 2 when no
 * row could be accepted. The text report shows names from the file with their control
 * characters escaped; the JSON report escapes what JSON itself leaves raw.
 */
import type { Bilingual } from '../../lib/data/issues.ts';
import { InputError } from '../../lib/data/issues.ts';
import type { ImportReport } from '../../lib/data/import/types.ts';
import { importMessage as m } from '../../lib/i18n/import.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { FILE_OPTIONS, fileOptions, nothingImported, readReport } from '../importFile.ts';
import { cliLang, jsonText, out, say, terminalText } from '../io.ts';
import { builtInDataset } from '../seedFiles.ts';

/** The report as printed by `--format json`: everything but the bulky addition, plus counts. */
export type ImportSummary = Omit<ImportReport, 'addition' | 'rows'> & {
	counts: {
		sources: number;
		regions: number;
		indicators: number;
		observations: number;
		targets: number;
	};
};

export function summarise(report: ImportReport): ImportSummary {
	const { addition, rows: _rows, ...rest } = report;
	void _rows;
	return {
		...rest,
		counts: {
			sources: addition.sources.length,
			regions: addition.regions.length,
			indicators: addition.indicators.length,
			observations: addition.observations.length,
			targets: addition.targets.length
		}
	};
}

const DELIMITER_NAMES: Record<string, Bilingual> = {
	',': { zh: '逗号', en: 'comma' },
	'\t': { zh: '制表符', en: 'tab' },
	';': { zh: '分号', en: 'semicolon' }
};

/** Cells of a plain-text table: newlines flattened, long values cut, control characters shown. */
function clip(s: string, width = 40): string {
	const flat = terminalText(s.replace(/[ \t\r\n]+/g, ' ').trim());
	return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** A readable summary in the user's language, issues as a table. */
export function formatReport(report: ImportReport): string {
	const zh = cliLang() === 'zh';
	const lines: string[] = [];
	const line = (z: string, e: string) => lines.push(zh ? z : e);
	const t = terminalText;
	line(`文件：${t(report.fileName)}`, `File: ${t(report.fileName)}`);
	if (report.format === 'text') {
		const d = report.delimiter ?? ',';
		const delimiter = say(DELIMITER_NAMES[d] ?? { zh: d, en: d });
		line(
			`编码：${report.encoding}${report.encodingChosen ? '（指定）' : ''}；分隔符：${delimiter}；换行：${report.lineEnding}`,
			`Encoding: ${report.encoding}${report.encodingChosen ? ' (chosen)' : ''}; delimiter: ${delimiter}; line endings: ${report.lineEnding}`
		);
	} else {
		const sheets = report.sheets.map((s) => t(s.name)).join(zh ? '、' : ', ');
		line(
			`工作簿（${report.format}）：读取工作表“${t(report.sheet ?? '')}”；共有 ${sheets}`,
			`Workbook (${report.format}): sheet "${t(report.sheet ?? '')}" read; its sheets: ${sheets}`
		);
	}
	line(
		`格式：${report.shapeLabel.zh}（${report.shape}）`,
		`Shape: ${report.shapeLabel.en} (${report.shape})`
	);
	line(
		`表头在第 ${report.headerLine} 行；说明行 ${report.preambleLines} 行，表尾 ${report.footerLines} 行`,
		`Header on line ${report.headerLine}; ${report.preambleLines} preamble and ${report.footerLines} footer lines`
	);
	line(
		`数据行：读取 ${report.rowsRead}，导入 ${report.rowsAccepted}，拒绝 ${report.rowsRejected}，空行 ${report.rowsEmpty}；数值 ${report.figures} 个，已加载 ${report.alreadyLoaded} 个`,
		`Data rows: ${report.rowsRead} read, ${report.rowsAccepted} accepted, ${report.rowsRejected} rejected, ${report.rowsEmpty} empty; ${report.figures} figures, ${report.alreadyLoaded} already loaded`
	);
	for (const note of report.notes) lines.push(`· ${t(say(note))}`);
	if (report.preview.length > 0) {
		lines.push('', zh ? '前几项数据（导入后）：' : 'First figures (as imported):');
		const head = zh
			? ['行', '地区', '指标', '年份', '数值']
			: ['line', 'region', 'indicator', 'year', 'value'];
		const rows = report.preview.map((p) => [
			String(p.row),
			clip(say(p.regionName), 20),
			clip(say(p.indicatorName), 30),
			p.year === null ? '—' : String(p.year),
			`${p.comparator ? `${p.comparator} ` : ''}${p.value}${p.unit ? ` ${clip(p.unit, 8)}` : ''}`
		]);
		lines.push(...table([head, ...rows]).map((r) => `  ${r}`));
	}
	const items = (label: Bilingual, list: ImportReport['newRegions']) => {
		if (list.length === 0) return;
		lines.push('', say(label));
		for (const item of list) {
			const flags = item.aggregate ? (zh ? '（汇总地区）' : ' (aggregate)') : '';
			const hint = item.suggestions.length
				? (zh ? '  可能是：' : '  maybe: ') +
					item.suggestions.map((s) => `${t(s.name)} [${t(s.id)}]`).join(zh ? '、' : ', ')
				: '';
			lines.push(`  ${t(item.name)}${flags}  ×${item.figures}${hint}`);
		}
	};
	items({ zh: '新地区：', en: 'New regions:' }, report.newRegions);
	items({ zh: '新指标：', en: 'New indicators:' }, report.newIndicators);
	if (report.conflicts.length > 0) {
		line('', '');
		line('与已加载数据不同的数值：', 'Values that differ from the loaded data:');
		for (const c of report.conflicts) {
			const where = `${t(c.region)} · ${t(c.indicator)}`;
			line(
				`  第 ${c.row} 行 ${where} · ${c.year ?? '未注明年份'}：导入 ${c.incoming}，已有 ${c.loaded.value}（${t(c.loaded.sourceTitle)}）`,
				`  line ${c.row} ${where} · ${c.year ?? 'no year'}: incoming ${c.incoming}, loaded ${c.loaded.value} (${t(c.loaded.sourceTitle)})`
			);
		}
	}
	if (report.issues.length > 0) {
		lines.push('');
		const head = zh
			? ['行', '列', '值', '级别', '问题']
			: ['line', 'column', 'value', 'level', 'problem'];
		const rows = report.issues.map((i) => [
			String(i.row),
			clip(i.column, 24),
			clip(i.value, 24),
			i.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '提示' : 'warning',
			t(say(i.message))
		]);
		lines.push(...table([head, ...rows]));
	}
	return lines.join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
	let w = 0;
	for (const ch of s)
		w +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
				ch
			)
				? 2
				: 1;
	return w;
}

function table(rows: string[][]): string[] {
	const widths: number[] = [];
	for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
	return rows.map((r) =>
		r
			.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
			.join('  ')
			.trimEnd()
	);
}

export async function importCommand(args: Args): Promise<void> {
	onlyOptions(args, ['format', ...FILE_OPTIONS]);
	const format = option(args, 'format', ['json', 'text'] as const, 'json');
	const [path, ...extra] = args.positionals;
	if (!path || extra.length > 0) throw InputError.from(m('cli.importUsage'));
	const report = await readReport(path, builtInDataset(), fileOptions(args.options));
	out(format === 'json' ? jsonText(summarise(report)) : formatReport(report));
	const refusal = nothingImported(report);
	if (refusal) throw refusal;
}

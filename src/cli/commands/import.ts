/**
 * `import FILE [--format json|text] [--region R] [--indicator I] [--unit U]`: the import report
 * for one file (what was detected, rows read and accepted, every issue, new regions and
 * indicators, conflicts with the built-in data). Exit 2 when no row could be accepted.
 */
import type { Bilingual } from '../../lib/data/issues.ts';
import { InputError } from '../../lib/data/issues.ts';
import { importBytes } from '../../lib/data/import/pipeline.ts';
import type { ImportDefaults, ImportReport } from '../../lib/data/import/types.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { cliLang, out, readInput, say } from '../io.ts';
import { builtInDataset } from '../seedFiles.ts';

/** The report as printed by `--format json`: everything but the bulky addition, plus counts. */
export type ImportSummary = Omit<ImportReport, 'addition'> & {
	counts: {
		sources: number;
		regions: number;
		indicators: number;
		observations: number;
		targets: number;
	};
};

export function summarise(report: ImportReport): ImportSummary {
	const { addition, ...rest } = report;
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

/** Cells of a plain-text table: newlines flattened, long values cut. */
function clip(s: string, width = 40): string {
	const flat = s.replace(/\s+/g, ' ').trim();
	return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** A readable summary in the user's language, issues as a table. */
export function formatReport(report: ImportReport): string {
	const zh = cliLang() === 'zh';
	const lines: string[] = [];
	const line = (z: string, e: string) => lines.push(zh ? z : e);
	const delimiter = say(
		DELIMITER_NAMES[report.delimiter] ?? { zh: report.delimiter, en: report.delimiter }
	);
	line(`文件：${report.fileName}`, `File: ${report.fileName}`);
	line(
		`编码：${report.encoding}；分隔符：${delimiter}；换行：${report.lineEnding}`,
		`Encoding: ${report.encoding}; delimiter: ${delimiter}; line endings: ${report.lineEnding}`
	);
	line(
		`格式：${report.shapeLabel.zh}（${report.shape}）`,
		`Shape: ${report.shapeLabel.en} (${report.shape})`
	);
	line(
		`表头在第 ${report.headerLine} 行；说明行 ${report.preambleLines} 行，表尾 ${report.footerLines} 行`,
		`Header on line ${report.headerLine}; ${report.preambleLines} preamble and ${report.footerLines} footer lines`
	);
	line(
		`数据行：读取 ${report.rowsRead}，导入 ${report.rowsAccepted}，拒绝 ${report.rowsRejected}，空行 ${report.rowsEmpty}；数值 ${report.figures} 个`,
		`Data rows: ${report.rowsRead} read, ${report.rowsAccepted} accepted, ${report.rowsRejected} rejected, ${report.rowsEmpty} empty; ${report.figures} figures`
	);
	for (const note of report.notes) lines.push(`· ${say(note)}`);
	const items = (label: Bilingual, list: ImportReport['newRegions']) => {
		if (list.length === 0) return;
		lines.push('', say(label));
		for (const item of list) {
			const flags = item.aggregate ? (zh ? '（汇总地区）' : ' (aggregate)') : '';
			const hint = item.suggestions.length
				? (zh ? '  可能是：' : '  maybe: ') +
					item.suggestions.map((s) => `${s.name} [${s.id}]`).join(zh ? '、' : ', ')
				: '';
			lines.push(`  ${item.name}${flags}  ×${item.figures}${hint}`);
		}
	};
	items({ zh: '新地区：', en: 'New regions:' }, report.newRegions);
	items({ zh: '新指标：', en: 'New indicators:' }, report.newIndicators);
	if (report.conflicts.length > 0) {
		line('', '');
		line('与已加载数据不同的数值：', 'Values that differ from the loaded data:');
		for (const c of report.conflicts) {
			line(
				`  第 ${c.row} 行 ${c.region} · ${c.indicator} · ${c.year ?? '未注明年份'}：导入 ${c.incoming}，已有 ${c.loaded.value}（${c.loaded.sourceTitle}）`,
				`  line ${c.row} ${c.region} · ${c.indicator} · ${c.year ?? 'no year'}: incoming ${c.incoming}, loaded ${c.loaded.value} (${c.loaded.sourceTitle})`
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
			say(i.message)
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
	onlyOptions(args, ['format', 'region', 'indicator', 'unit']);
	const format = option(args, 'format', ['json', 'text'] as const, 'json');
	const [path, ...extra] = args.positionals;
	if (!path || extra.length > 0) {
		throw new InputError(
			'import 需要且只需要一个文件：npm run --silent cli -- import 文件.csv [--format json|text]',
			'import takes exactly one file: npm run --silent cli -- import FILE.csv [--format json|text]'
		);
	}
	const defaults: ImportDefaults = {};
	for (const key of ['region', 'indicator', 'unit'] as const) {
		const value = args.options.get(key)?.at(-1);
		if (value) defaults[key] = value;
	}
	const fileName = path.split(/[\\/]/).pop() || path;
	const report = importBytes(readInput(path), builtInDataset(), { fileName, defaults });
	out(format === 'json' ? JSON.stringify(summarise(report), null, 2) : formatReport(report));
	if (report.missing.length > 0) {
		const flags = report.missing.map((d) => `--${d}`).join(' ');
		const zhDims = report.missing.map((d) => (d === 'region' ? '地区' : '指标')).join('和');
		throw new InputError(
			`${fileName}：文件没有${zhDims}列，请用 ${flags} 指定后再导入。`,
			`${fileName}: the file has no ${report.missing.join(' or ')} column; name it with ${flags} and import again.`
		);
	}
	if (report.rowsAccepted === 0) {
		const why = report.issues.find((i) => i.severity === 'error')?.message;
		throw new InputError(
			`${fileName}：没有可导入的数据行${why ? `（${why.zh.replace(/[。.]$/, '')}）。` : '。'}`,
			`${fileName}: no row could be imported${why ? ` (${why.en.replace(/[。.]$/, '')}).` : '.'}`
		);
	}
}

/**
 * The briefing as Markdown: the same sections as the Word document, tables as pipe tables.
 * Text from the data is escaped so that no cell or excerpt turns into markup (or HTML) when the
 * Markdown is rendered. Charts are not embedded: the text says where they are. Pure.
 */
import { rt } from '../i18n/report.ts';
import { TARGET_COLUMNS, type ReportModel } from './model.ts';

/**
 * Text from the data, safe inside a line of Markdown: the characters that make emphasis, code,
 * links, tables or HTML are escaped with a backslash (`<` never opens a tag).
 */
export function md(text: string): string {
	return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<|~]/g, (c) => `\\${c}`);
}

/** A paragraph of its own: also escape what would make a heading, list or quote at its start. */
function mdLine(text: string): string {
	return md(text).replace(/^([#>+\-=]|\d+[.)])/, (m) => `\\${m}`);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const line = (cells: readonly string[]) => `| ${cells.map((c) => md(c) || ' ').join(' | ')} |`;
	return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

export function reportMarkdown(model: ReportModel, chartsNote?: string): string {
	const { lang } = model;
	const colon = lang === 'zh' ? '：' : ': ';
	const out: string[] = [`# ${md(model.title)}`, ''];
	for (const m of model.meta) out.push(`- ${md(m.label)}${colon}${md(m.value)}`);
	out.push('', `> ${md(model.note)}`, '');

	out.push(`## ${md(rt(lang, 'h.headline'))}`, '');
	for (const h of model.headline) out.push(`- ${md(h)}`);
	out.push('', `## ${md(rt(lang, 'h.targets', { region: model.region.name }))}`, '');
	if (model.targets.length === 0)
		out.push(mdLine(rt(lang, 'targets.none', { region: model.region.name })));
	else
		out.push(
			...table(
				TARGET_COLUMNS.map((k) => rt(lang, k)),
				model.targets.map((r) => [
					r.indicator,
					[r.target, ...r.revised].join(' '),
					r.year,
					r.compared === '—' ? r.how : `${r.compared} · ${r.how}`,
					r.verdict,
					r.probability,
					r.requiredRate,
					r.basis,
					r.sources.map((n) => `[${n}]`).join('')
				])
			)
		);

	out.push('', `## ${md(rt(lang, 'h.charts'))}`, '');
	if (model.charts.length === 0)
		out.push(mdLine(rt(lang, 'charts.none', { region: model.region.name })));
	else {
		out.push(mdLine(chartsNote ?? rt(lang, 'charts.markdown')), '');
		model.charts.forEach((c, i) => out.push(`${i + 1}. ${md(c.name)}`));
	}

	out.push('', `## ${md(rt(lang, 'h.peers'))}`, '');
	if (model.peers.rows.length === 0)
		out.push(mdLine(rt(lang, 'peers.none', { region: model.region.name })));
	else
		out.push(
			mdLine(rt(lang, 'peers.intro')),
			'',
			...table(
				model.peers.columns,
				model.peers.rows.map((r) => [r.indicator, ...r.cells])
			)
		);

	out.push('', `## ${md(rt(lang, 'h.assumptions'))}`, '');
	if (model.assumptions.lines.length === 0) out.push(mdLine(rt(lang, 'assume.none')));
	for (const line of model.assumptions.lines) out.push(`- ${md(line)}`);
	if (model.assumptions.others > 0)
		out.push('', mdLine(rt(lang, 'assume.others', { n: model.assumptions.others })));

	out.push('', `## ${md(rt(lang, 'h.sources'))}`, '');
	for (const s of model.sources) {
		out.push(`${s.n}. **${md(s.title)}**${s.meta ? ` — ${md(s.meta)}` : ''}`);
		for (const q of s.quotes) {
			const section = q.section ? rt(lang, 'source.section', { section: q.section }) : '';
			const note = q.note ? ` — ${rt(lang, 'source.note', { note: q.note })}` : '';
			out.push(`   - ${md(q.figure + section + note)}`);
			if (q.excerpt) out.push(`     > ${md(q.excerpt)}`);
		}
	}

	out.push('', `## ${md(rt(lang, 'h.method'))}`, '');
	for (const p of model.method) out.push(mdLine(p), '');
	return `${out.join('\n').trimEnd()}\n`;
}

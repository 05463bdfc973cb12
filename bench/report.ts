/** The figures of `npm run bench` and the text it prints. */
import type { EngineFigures } from './engine/engine.ts';
import { round } from './stats.ts';
import type { EngineInPage, LinkFigures, MemoryFigures, SliderBench } from './browser/app.ts';
import type { ImportFigures } from './browser/import.ts';
import type { LoadFigures } from './browser/load.ts';
import type { Budget } from './budgets.ts';
import type { Machine } from './machine.ts';

export interface NodeFigures {
	node: string;
	v8: string;
	memory?: {
		heapMB: number;
		columnarHeapMB: number;
		generateMs: number;
		columnarMs: number;
		observations: number;
		targets: number;
	};
	/** The page's runner before issue 17 (objects) and now (columnar, packed, incremental). */
	runner?: Record<'old' | 'new', RunnerFigures>;
	engine?: EngineFigures;
	import?: Record<
		'long' | 'wide',
		{ bytes: number; figures: number; medianMs: number; runs: number; peakHeapMB: number }
	>;
}

export interface RunnerFigures {
	constructMs: number;
	firstRunMs: number;
	globalChangeMs: number;
	focusedChangeMs: number;
	heapMB: number;
}

/** Every figure of one run (each part only when it ran). */
export interface BenchFigures {
	machine: Machine;
	slider?: SliderBench;
	engine?: { node?: EngineFigures; chromium?: EngineInPage; runner?: NodeFigures['runner'] };
	load?: LoadFigures;
	import?: { long?: ImportFigures; wide?: ImportFigures; node?: NodeFigures['import'] };
	links?: LinkFigures[];
	memory?: { chromium?: MemoryFigures; node?: NodeFigures['memory'] };
}

/** What `npm run --silent bench -- --json` prints. */
export interface BenchResult extends BenchFigures {
	/** The budgets of issue 17, one per figure this run measured. */
	budgets: Budget[];
	/** Earlier budgets (issue 8) that issue 17 does not restate. */
	earlierBudgets: Budget[];
}

const ms = (x: number) => `${x} ms`;
const mb = (bytes: number) => `${round(bytes / 1e6, 1)} MB`;
const kb = (bytes: number) => `${round(bytes / 1000, 1)} kB`;
const n = (x: number) => x.toLocaleString('en-US');
/** "12.3× less" (old / new), or "1.4× more" when the new figure is larger. */
const ratio = (old: number, now: number) =>
	now <= 0 || old <= 0
		? '—'
		: old >= now
			? `${round(old / now, 1)}× less`
			: `${round(now / old, 1)}× more`;

/** The human-readable summary. */
export function formatText(r: BenchResult): string {
	const lines: string[] = [];
	const m = r.machine;
	lines.push(`mubiao benchmarks — ${m.date}`);
	lines.push(
		`machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGB} GB, ${m.os}, node ${m.node}, Chromium ${m.chromium ?? '—'}; 1-minute load average ${m.loadAverage} at the start`
	);
	if (r.slider) {
		const s = r.slider;
		lines.push(
			'',
			`1. Slider → paint (Chromium, built app, scope "all": ${s.slider.scorecardRows} scorecard rows)`
		);
		lines.push(
			`   ${s.slider.moves} moves, one per frame: p50 ${ms(s.slider.toPaint.median)}, p95 ${ms(s.slider.toPaint.p95)}, max ${ms(s.slider.toPaint.max)}`
		);
		lines.push(
			`   input → chart updated (script only): p50 ${ms(s.slider.toScript.median)}, p95 ${ms(s.slider.toScript.p95)}`
		);
		lines.push(
			`   per move: ${s.slider.counts.runs} runs, ${s.slider.counts.drawn} chart redraws for ${s.slider.moves + 10} moves; scorecard/chart mismatches: ${s.slider.mismatches}`
		);
		const b = s.burst;
		lines.push(
			`   burst of ${b.events} input events in one task → runs ${b.counts.runs} · chart redraws ${b.counts.drawn}, ${ms(b.toPaint)} to paint`
		);
		lines.push(
			`     last value ${b.lastValue}; shown: slider ${b.shown.slider}, number box ${b.shown.numberBox}, assumption ${b.shown.assumption}; scorecard ${b.scorecardMatches ? 'current' : 'STALE'}, projection ${b.projectionIsLatest ? 'from the last value' : 'STALE'}`
		);
		const d = s.drag;
		lines.push(
			`   real drag: ${d.mouseMoves} mouse moves → input events ${d.inputEvents} · runs ${d.runs} · chart redraws ${d.drawn}; events ≥ 16 ms to next paint (Event Timing): ${d.slowEvents}${d.longestEventMs === null ? '' : `, longest ${ms(d.longestEventMs)}`}`
		);
		const tb = d.trustedBurst;
		if (tb)
			lines.push(
				`   ${tb.mouseMoves} real mouse moves sent at once → input events ${tb.inputEvents} · runs ${tb.runs} · chart redraws ${tb.drawn}`
			);
	}
	if (r.engine) {
		lines.push(
			'',
			'2. Engine (3,000 counties × 30 indicators × 3 milestones = 270,000 targets, 90,000 projections)'
		);
		for (const [where, e] of [
			['node', r.engine.node],
			['Chromium', r.engine.chromium]
		] as const) {
			if (!e) continue;
			lines.push(
				`   ${where}: ${n(e.assessmentsPerSecond)} assessments/s (closed-form probability alone: ${n(e.probabilitiesPerSecond)}/s)`
			);
			lines.push(
				`     re-assess after a global change of method: median ${ms(e.reassess.median)}, p95 ${ms(e.reassess.p95)} (${e.reassess.runs} runs; min ${ms(e.reassess.min)}, max ${ms(e.reassess.max)})`
			);
		}
		const par = r.engine.chromium?.parallel;
		if (par) {
			lines.push(
				`   Chromium, split over ${par.workers} workers (off the main thread): median ${ms(par.reassess.median)}, p95 ${ms(par.reassess.p95)} (slowest worker alone ${ms(par.workerMedianMs)}; handing the series over once: ${ms(par.loadMs)}); Σ P ${par.expectedMet} vs ${r.engine.chromium?.expectedMet} on one thread`
			);
		}
		const co = r.engine.chromium?.crossover;
		if (co) {
			lines.push(
				`   the page's runner, global change in Chromium: this thread vs ${co.workers} batch workers (the runner uses them from ${n(co.workerMinRows)} targets)`
			);
			for (const z of co.sizes)
				lines.push(
					`     ${n(z.rows)} targets: thread ${ms(z.threadMs)}, workers ${ms(z.workersMs)} (${ratio(z.threadMs, z.workersMs)})`
				);
		}
		const rn = r.engine.runner;
		if (rn) {
			lines.push(
				`   the page's scenario runner in node, old path (objects) → new (columnar, packed):`
			);
			const rows: [string, keyof RunnerFigures, (x: number) => string][] = [
				['build', 'constructMs', ms],
				['first run', 'firstRunMs', ms],
				['global change (method for all)', 'globalChangeMs', ms],
				['focused change (one series, as a slider)', 'focusedChangeMs', ms],
				['heap it holds', 'heapMB', (x) => `${x} MB`]
			];
			for (const [label, key, fmt] of rows)
				lines.push(
					`     ${label}: ${fmt(rn.old[key])} → ${fmt(rn.new[key])} (${ratio(rn.old[key], rn.new[key])})`
				);
		}
	}
	if (r.load) {
		const l = r.load;
		lines.push('', '3. Load (built app, vite preview on localhost, fresh cache)');
		lines.push(
			`   JavaScript before any user action: ${kb(l.jsGzipBytes)} ${l.served === 'gzip' ? 'gzip as served' : 'NOT compressed by the server'} (${kb(l.jsRawBytes)} raw; gzip -9 here: ${kb(l.jsGzip9Bytes)}) in ${l.scripts.length} files`
		);
		lines.push(
			`   and the built-in data, as JSON (not script): ${kb(l.dataGzipBytes)} gzip (${kb(l.dataRawBytes)} raw)`
		);
		lines.push(
			`   first chart: median ${ms(l.firstChart.median)}, p95 ${ms(l.firstChart.p95)} (${l.runs} loads); first contentful paint ${ms(l.firstPaint.median)}`
		);
	}
	if (r.import) {
		lines.push('', '4. Import in Chromium (import dialog → worker → preview)');
		for (const f of [r.import.long, r.import.wide]) {
			if (!f) continue;
			lines.push(
				`   ${f.file} (${mb(f.bytes)}): file chosen → preview shown, median ${ms(f.toPreview.median)} (${f.runs} runs, max ${ms(f.toPreview.max)}); "${f.applyLabel}"`
			);
			lines.push(
				`     pipeline in the worker ${ms(f.pipeline.median)}; report on the main thread after ${ms(f.toReport.median)}; longest main-thread task ${f.longestTask.max > 0 ? ms(f.longestTask.max) : 'none ≥ 50 ms'} (long tasks in the last run: ${f.longTasks.length > 0 ? f.longTasks.join(', ') : 'none'})`
			);
		}
		const nd = r.import.node;
		if (nd)
			lines.push(
				`   node pipeline alone: long ${ms(nd.long.medianMs)}, wide ${ms(nd.wide.medianMs)} (${n(nd.wide.figures)} figures, heap peak ≈ ${nd.wide.peakHeapMB} MB)`
			);
	}
	if (r.links) {
		lines.push('', '5. Share links (location.href once the URL has settled)');
		for (const l of r.links)
			lines.push(
				`   ${l.assumptions} changed assumptions: ${n(l.length)} characters (fragment ${n(l.fragment)})`
			);
	}
	if (r.memory) {
		lines.push('', '6. Memory with the county dataset (900,000 actuals, 270,000 targets)');
		const c = r.memory.chromium;
		if (c) {
			lines.push(
				`   Chromium JS heap: ${c.beforeMB} MB → ${c.afterMB} MB after loading it into the app (+${round(c.afterMB - c.beforeMB, 1)} MB); loading took ${ms(c.settleMs)}`
			);
			lines.push(
				`   slider → paint with it loaded (a county in focus): p50 ${ms(c.countySlider.toPaint.median)}, p95 ${ms(c.countySlider.toPaint.p95)}`
			);
			lines.push(
				`   the same once a method is set for all ${n(c.countySliderAssumed.assumptions)} series: p50 ${ms(c.countySliderAssumed.toPaint.median)}, p95 ${ms(c.countySliderAssumed.toPaint.p95)} (mismatches ${c.countySliderAssumed.mismatches})`
			);
			const g = c.countyGlobal;
			lines.push(
				`   global change (one method for all ${n(g.series)} series) → scorecard and headline of the focus painted: p50 ${ms(g.toPaint.median)}, p95 ${ms(g.toPaint.p95)} (${g.runs} runs, ${g.inWorkers} in the workers, ${g.mismatches} mismatches)`,
				`     → every target's new verdict in and painted: p50 ${ms(g.toAll.median)}, p95 ${ms(g.toAll.p95)}`
			);
			const a = c.countyScopeAll;
			lines.push(
				`   scorecard scope "all": ${n(a.rendered)} of ${n(a.total)} rows rendered (${a.windowed ? 'windowed' : 'NOT windowed'}), painted after ${ms(a.ms)}`
			);
		}
		const nd = r.memory.node;
		if (nd)
			lines.push(
				`   node heap of the dataset alone: as objects (old) ${nd.heapMB} MB → by column (new) ${nd.columnarHeapMB} MB (${ratio(nd.heapMB, nd.columnarHeapMB)}; building the columns ${ms(nd.columnarMs)})`
			);
	}
	lines.push(...budgetLines('Budgets (issue 17)', r.budgets));
	lines.push(...budgetLines('Earlier budgets (issue 8)', r.earlierBudgets));
	return lines.join('\n');
}

function budgetLines(title: string, list: readonly Budget[]): string[] {
	if (list.length === 0) return [];
	return [
		'',
		title,
		...list.map((b) => {
			const verdict = b.met ? 'met' : `MISSED by ${round(b.value - b.budget, 1)} ${b.unit}`;
			return `   ${b.met ? '✓' : '✗'} ${b.name}: ${b.value} ${b.unit} (≤ ${b.budget}) — ${verdict}`;
		})
	];
}

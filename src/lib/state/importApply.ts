/**
 * Taking an applied import in (`ImportSession.apply`): the prepared figures fetched from the
 * importer part by part, with a pause after each so that the page paints and takes input
 * between them, and the summary of the import report kept with the new data layer.
 */
import type { Importer } from '../data/import/client.ts';
import type { ImportPreview, ImportReview } from '../data/import/service.ts';
import type { ImportSummary } from '../data/layers.ts';
import type { Observation, Target } from '../data/model.ts';

/** What the report of an applied import says, kept with its data (My data shows it). */
export function summaryOf(report: ImportPreview, reviewed: ImportReview | null): ImportSummary {
	return {
		shape: report.shape,
		shapeLabel: report.shapeLabel,
		format: report.format,
		encoding: report.encoding,
		sheet: report.sheet,
		rowsRead: report.rowsRead,
		rowsAccepted: report.rowsAccepted,
		rowsRejected: report.rowsRejected,
		errors: report.issueCounts.errors,
		warnings: report.issueCounts.warnings,
		alreadyLoaded: reviewed?.alreadyLoaded ?? report.alreadyLoaded
	};
}

/** Pause between parts of a long apply, so that the page can paint and take input. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The `parts` parts of the prepared figures, in order, `progress` told the share taken in
 * after each part.
 */
export async function receiveParts(
	service: Importer,
	parts: number,
	progress: (fraction: number) => void
): Promise<{ observations: Observation[]; targets: Target[] }> {
	const observations: Observation[] = [];
	const targets: Target[] = [];
	// The next part is asked for while this one is taken in (the worker packs meanwhile).
	let coming = service.part(0);
	for (let i = 0; i < parts; i++) {
		const part = await coming;
		if (i + 1 < parts) coming = service.part(i + 1);
		for (const o of part.observations) observations.push(o);
		for (const t of part.targets) targets.push(t);
		progress((i + 1) / parts);
		await pause();
	}
	return { observations, targets };
}

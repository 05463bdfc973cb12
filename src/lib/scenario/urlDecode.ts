/**
 * Reading a share link's fragment back into a validated scenario (see url.ts for the layout).
 * Kept apart from the encoder so that the schema library loads only when a link is opened.
 */
import { parseScenarioValue, type ScenarioResult } from './parse.ts';
import { scenarioMessage } from '../i18n/messages/scenario.ts';
import {
	HASH_KEY,
	LINK_MAX_CHARS,
	LINK_MAX_INFLATED,
	expandScenario,
	fromBase64Url,
	inflateAtMost
} from './url.ts';

const DAMAGED = scenarioMessage('link.damaged');

/** A scenario that fails to validate, said as a link that cannot be used. */
function asLink(result: ScenarioResult): ScenarioResult {
	return result.ok
		? result
		: { ok: false, error: scenarioMessage('link.unusable', { reason: result.error }) };
}

/**
 * Read a fragment (with or without `#`). `null` when the fragment holds no scenario at all
 * (an ordinary page load); otherwise the scenario, or one sentence on why it cannot be read
 * that also says the default screen is shown.
 */
export async function decodeScenarioHash(hash: string): Promise<ScenarioResult | null> {
	if (hash.length > LINK_MAX_CHARS) return { ok: false, error: scenarioMessage('link.tooLong') };
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const value = params.get(HASH_KEY);
	if (value === null) return null;
	const m = /^(\d+)\.(.*)$/s.exec(value);
	if (!m) return { ok: false, error: DAMAGED };
	const version = Number(m[1]);
	const bytes = fromBase64Url(m[2] ?? '');
	if (!bytes || bytes.length === 0) return { ok: false, error: DAMAGED };
	try {
		if (version === 0)
			return asLink(
				parseScenarioValue(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)))
			);
		if (version === 1) {
			const inflated = await inflateAtMost(bytes, LINK_MAX_INFLATED);
			if (inflated === null) return { ok: false, error: scenarioMessage('link.tooLong') };
			const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
			return asLink(parseScenarioValue(expandScenario(JSON.parse(json))));
		}
	} catch {
		return { ok: false, error: DAMAGED };
	}
	return { ok: false, error: scenarioMessage('link.newer', { version }) };
}

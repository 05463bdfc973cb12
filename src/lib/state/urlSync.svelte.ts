/**
 * The screen lives in the URL fragment: read once at start (the decoder and the schema load only
 * when there is a link to read), then written, debounced, with `history.replaceState` while the
 * analyst works. `location.href` is then always a link to what is on screen.
 */
import { encodeScenarioHash, HASH_KEY } from '../scenario/url.ts';
import type { AppState } from './app.svelte.ts';
import { linkScenario } from './link.ts';

const WRITE_DELAY_MS = 250;

export class UrlSync {
	/** False until a link given at start has been read (nothing is written before). */
	ready = $state(false);
	/** The fragment last written, without `#`. */
	written = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: Promise<void> | null = null;
	readonly #app: AppState;

	constructor(app: AppState) {
		this.#app = app;
	}

	/** Read the link the page was opened with, if any; follow links pasted into this tab later. */
	async start(): Promise<void> {
		await this.#read(location.hash);
		this.ready = true;
		window.addEventListener('hashchange', () => {
			if (location.hash !== `#${this.written}`) void this.#read(location.hash);
		});
	}

	async #read(hash: string): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never state
		if (!new URLSearchParams(hash.replace(/^#/, '')).has(HASH_KEY)) return;
		const { decodeScenarioHash } = await import('../scenario/urlDecode.ts');
		const result = await decodeScenarioHash(hash);
		if (result?.ok) {
			const warnings = this.#app.loadScenario(result.scenario);
			if (warnings.length > 0) this.#app.notify('notice', warnings[0]!);
		} else if (result) {
			const e = result.error;
			const shown = e.zh.includes('默认画面');
			this.#app.notify('error', {
				zh: shown ? e.zh : `链接中的情景无法使用：${e.zh}已显示默认画面。`,
				en: shown
					? e.en
					: `The link's scenario cannot be used: ${e.en} The default screen is shown.`
			});
		}
	}

	/** The scenario the fragment should hold now (reads the state: call inside an effect). */
	current() {
		const app = this.#app;
		return linkScenario(
			{
				name: app.scenarioName,
				description: app.scenarioDescription,
				settings: app.settings,
				view: app.view,
				lang: app.lang,
				assumptions: app.assumptions,
				targets: app.scenarioTargets,
				observations: app.scenarioObservations
			},
			app.index
		);
	}

	/** Schedule a write of the fragment. */
	schedule(scenario: ReturnType<UrlSync['current']>): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#pending = this.#write(scenario);
		}, WRITE_DELAY_MS);
	}

	/** Write now whatever is scheduled (before copying the link). */
	async flush(scenario: ReturnType<UrlSync['current']>): Promise<string> {
		clearTimeout(this.#timer);
		await this.#pending;
		await this.#write(scenario);
		return location.href;
	}

	async #write(scenario: ReturnType<UrlSync['current']>): Promise<void> {
		const hash = await encodeScenarioHash(scenario);
		if (hash === this.written && location.hash === `#${hash}`) return;
		this.written = hash;
		history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
	}
}

/**
 * The screen lives in the URL fragment: read once at start (the decoder and the schema load only
 * when there is a link to read), then written, debounced, with `history.replaceState` while the
 * analyst works. `location.href` is then always a link to what is on screen.
 */
import { encodeScenarioLink, HASH_KEY, linkOpens } from '../scenario/url.ts';
import type { DataEntry } from '../scenario/dataSchema.ts';
import { layerWhat } from '../scenario/dataEntries.ts';
import { fitLinkData } from '../scenario/linkData.ts';
import type { Bilingual } from '../data/issues.ts';
import type { AppState } from './app.svelte.ts';
import { appMessage } from '../i18n/messages/app.ts';
import { dataMessage } from '../i18n/messages/data.ts';
import { LINK_COMFORT_LIMIT, linkScenario } from './link.ts';

const WRITE_DELAY_MS = 250;
/** How often a write waiting for the batch workers' results looks again. */
const SETTLE_POLL_MS = 50;
/** The fragment this tab wrote last (sessionStorage: it survives a reload of the tab only). */
const OWN_LINK_KEY = 'mubiao-own-link';

/** The fragment this tab wrote last, or null (also when the browser refuses storage). */
function ownLink(): string | null {
	try {
		return sessionStorage.getItem(OWN_LINK_KEY);
	} catch {
		return null;
	}
}

function rememberOwnLink(hash: string | null): void {
	try {
		if (hash === null) sessionStorage.removeItem(OWN_LINK_KEY);
		else sessionStorage.setItem(OWN_LINK_KEY, hash);
	} catch {
		// Without session storage a reload reads the fragment as any link.
	}
}

export class UrlSync {
	/** False until a link given at start has been read (nothing is written before). */
	ready = $state(false);
	/** The fragment last written, without `#`. */
	written = $state('');
	/** The screen is too large for a link (the address then holds none). */
	tooLong = $state(false);
	/** The analyst's data the link names but does not carry (too large for a link). */
	referenced = $state.raw<DataEntry[]>([]);
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Bumped by each schedule or flush: a write scheduled before is dropped. */
	#turn = 0;
	#pending: Promise<void> | null = null;
	readonly #app: AppState;

	constructor(app: AppState) {
		this.#app = app;
	}

	/** Read the link the page was opened with, if any; follow links pasted into this tab later. */
	async start(): Promise<void> {
		// A reload of this tab: the fragment is the one it wrote itself, which may be a moment
		// behind (it is written debounced). The analyst's data then comes from the browser's
		// store, which has every change, never from the fragment — an undo just before the
		// reload is not taken back by it. (Without a store, the fragment is all there is.)
		const own = ownLink();
		const stored = this.#app.data.storage === 'browser';
		await this.#read(location.hash, stored && own !== null && location.hash === `#${own}`);
		this.ready = true;
		window.addEventListener('hashchange', () => {
			if (location.hash !== `#${this.written}`) void this.#read(location.hash);
		});
	}

	async #read(hash: string, own = false): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never state
		if (!new URLSearchParams(hash.replace(/^#/, '')).has(HASH_KEY)) return;
		const { decodeScenarioHash } = await import('../scenario/urlDecode.ts');
		const result = await decodeScenarioHash(hash);
		if (result?.ok) {
			const s = result.scenario;
			this.#app.openScenario(own ? { ...s, data: undefined } : s, 'link');
		} else if (result) {
			this.#app.notify('error', result.error);
		}
	}

	/** Copy the link to what is on screen, and say whether it was copied (and if it is long). */
	async copy(): Promise<void> {
		const app = this.#app;
		const href = await this.flush(this.current());
		if (this.tooLong) {
			// Never a "copied" link that cannot be opened.
			app.notify('error', appMessage('link.tooLong'));
			return;
		}
		const long = href.length > LINK_COMFORT_LIMIT;
		if (long) app.notify('notice', appMessage('link.long', { n: href.length }));
		let copied = true;
		try {
			await navigator.clipboard.writeText(href);
		} catch {
			copied = false;
		}
		if (this.referenced.length > 0)
			app.notify(
				'notice',
				this.#namedOnly(appMessage(copied ? 'link.copiedShort' : 'link.noClipboardShort'))
			);
		else if (!copied) app.notify('notice', appMessage('link.noClipboard'));
		else if (!long) app.notify('notice', appMessage('link.copied'));
	}

	/** "Link copied. The imported file district.csv (3,000 values) is too large for a link…" */
	#namedOnly(head: Bilingual) {
		const items = this.referenced.map((e) =>
			dataMessage('missing.item', { what: layerWhat(e), n: e.count ?? 0 })
		);
		return dataMessage('link.notCarried', {
			head,
			list: { zh: items.map((i) => i.zh).join('；'), en: items.map((i) => i.en).join('; ') }
		});
	}

	/** The scenario the fragment should hold now (reads the state: call inside an effect). */
	current() {
		const app = this.#app;
		const s = app.scenario;
		return linkScenario(
			{
				name: s.savedName,
				description: s.description,
				settings: s.settings,
				view: app.view,
				lang: app.lang,
				assumptions: s.assumptions,
				targets: s.targets,
				observations: s.observations,
				data: app.data.entries()
			},
			app.index
		);
	}

	/** Schedule a write of the fragment. */
	schedule(scenario: ReturnType<UrlSync['current']>): void {
		clearTimeout(this.#timer);
		const turn = ++this.#turn;
		this.#timer = setTimeout(() => this.#writeOnceSettled(scenario, turn), WRITE_DELAY_MS);
	}

	/**
	 * Write once the run is in and painted. While the batch workers assess a global change
	 * (`run.pending`), its results come first: the link of such a scenario (90,000 assumptions at
	 * county scale) takes about 0.3 s of this thread to write, which would otherwise hold their
	 * paint back.
	 */
	#writeOnceSettled(scenario: ReturnType<UrlSync['current']>, turn: number): void {
		if (turn !== this.#turn) return;
		if (this.#app.run.pending) {
			this.#timer = setTimeout(() => this.#writeOnceSettled(scenario, turn), SETTLE_POLL_MS);
			return;
		}
		// After the frame that shows the run (a frame's callbacks run before its paint); a hidden
		// tab has no frames and writes at once.
		const write = () => {
			if (turn !== this.#turn) return;
			this.#timer = setTimeout(() => (this.#pending = this.#write(scenario)), 0);
		};
		if (globalThis.document?.visibilityState === 'visible') requestAnimationFrame(write);
		else write();
	}

	/** Write now whatever is scheduled (before copying the link). */
	async flush(scenario: ReturnType<UrlSync['current']>): Promise<string> {
		clearTimeout(this.#timer);
		this.#turn++;
		await this.#pending;
		await this.#write(scenario);
		return location.href;
	}

	/**
	 * The fragment of a scenario, with the analyst's data it has no room for named instead of
	 * carried (linkData.ts), and which data that is.
	 */
	async encode(scenario: ReturnType<UrlSync['current']>): Promise<{
		hash: string;
		/** Bytes the payload inflates to when the link is read. */
		inflated: number;
		referenced: DataEntry[];
	}> {
		const idx = this.#app.effectiveIndex;
		const fitted = await fitLinkData(scenario, {
			resolve: (r, i) => [idx.regions.resolve(r)?.id ?? r, idx.indicators.resolve(i)?.id ?? i]
		});
		const { hash, inflated } = await encodeScenarioLink(fitted.scenario);
		return { hash, inflated, referenced: fitted.referenced };
	}

	async #write(scenario: ReturnType<UrlSync['current']>): Promise<void> {
		const { hash, inflated, referenced } = await this.encode(scenario);
		this.referenced = referenced;
		// A screen too large for a link keeps the address without a link rather than one that
		// cannot be opened; the scenario file carries it instead.
		this.tooLong = !linkOpens(hash.length + location.href.length, inflated);
		if (this.tooLong) {
			this.written = '';
			rememberOwnLink(null);
			history.replaceState(history.state, '', `${location.pathname}${location.search}`);
			return;
		}
		if (hash === this.written && location.hash === `#${hash}`) return;
		this.written = hash;
		rememberOwnLink(hash);
		history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
	}
}

/**
 * The benchmark page's entry (bench/index.html, built by bench/browser/server.ts next to the
 * app): the same app as src/main.ts mounts, given an `onready` callback that installs the
 * measurement hooks on `window.__mubiao` (hooks.ts). The product's entry passes no callback,
 * so none of this is in the product's bundle.
 */
import { mount } from 'svelte';
import { loadSeedDataset } from 'virtual:seed-dataset';
import App from '../../src/App.svelte';
import '../../src/app.css';
import { install } from './hooks.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from bench/index.html');
void loadSeedDataset().then((seed) => {
	target.replaceChildren();
	mount(App, { target, props: { seed, onready: install } });
});

import { mount } from 'svelte';
import { loadSeedDataset } from 'virtual:seed-dataset';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
void loadSeedDataset().then((seed) => {
	// The loading line of index.html goes; from here on the page says what fails itself.
	target.replaceChildren();
	mount(App, { target, props: { seed } });
});

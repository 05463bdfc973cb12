// Screenshots of the main screen for a person to look at: Chinese and English, 1280 and 390 px.
// Usage: node scripts/screenshots.mjs [outDir] [hash]   (builds first; writes PNGs, gitignored)
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots';
const hash = process.argv[3] ?? '';
const port = 4290;
mkdirSync(out, { recursive: true });
execFileSync('node_modules/.bin/vite', ['build'], { stdio: 'ignore' });
const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
	{ stdio: 'ignore' }
);
try {
	await new Promise((r) => setTimeout(r, 1500));
	const executablePath = await ensureChromium();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	for (const width of [1280, 390]) {
		for (const lang of ['zh', 'en']) {
			const page = await browser.newPage({
				viewport: { width, height: width > 500 ? 900 : 844 },
				locale: 'zh-CN'
			});
			page.on('pageerror', (e) => console.error('page error:', e.message));
			page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
			await page.goto(`http://127.0.0.1:${port}/${hash}`);
			await page.waitForSelector('[data-testid="main-chart"][data-series]');
			if (lang === 'en') {
				await page.getByTestId('lang-toggle').click();
				await page.waitForSelector('[data-testid="main-chart"][data-series]');
			}
			const file = `${out}/main-${lang}-${width}.png`;
			// A box styled `content-visibility: auto` is rendered once it nears the viewport; a
			// full-page picture would show the ones far below it blank, as nobody scrolling does.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			// Narrow pages are long: also save them in screen-sized pieces that can be read.
			if (width < 500) {
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, i = 1; y < Math.min(height, 4 * 844); y += 844, i++) {
					const piece = `${out}/main-${lang}-${width}-${i}.png`;
					await page.screenshot({
						path: piece,
						fullPage: true,
						clip: { x: 0, y, width, height: Math.min(844, height - y) }
					});
				}
			}
			await page.close();
		}
	}
	await browser.close();
} finally {
	server.kill();
}

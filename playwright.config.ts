import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: 1,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: '.cache/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
		locale: 'zh-CN',
		viewport: { width: 1280, height: 900 },
		launchOptions: {
			executablePath: chromium,
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `node_modules/.bin/vite build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 120_000
	}
});

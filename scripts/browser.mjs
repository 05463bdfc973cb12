// Finding (or installing) the Chromium the end-to-end tests and benchmarks drive.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
	const env = process.env.CHROMIUM_PATH;
	if (env && existsSync(env)) return env;
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function hasCjkFont() {
	try {
		return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
	} catch {
		return false;
	}
}

const isDebianRoot = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

function aptInstall(packages) {
	console.error(`Installing ${packages.join(' ')} from Debian's packages (about a minute)…`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

async function playwrightOwn() {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

/**
 * The path of a Chromium to drive. Installs Debian's chromium and fonts-noto-cjk when running
 * as root on Debian and they are missing; otherwise falls back to Playwright's own browser.
 * Returns null (after saying what to install) when there is none.
 */
export async function ensureChromium() {
	let path = found();
	if (isDebianRoot()) {
		const missing = [];
		if (!path) missing.push('chromium');
		if (!hasCjkFont()) missing.push('fonts-noto-cjk');
		if (missing.length > 0) {
			try {
				aptInstall(missing);
			} catch {
				console.error(`Could not install ${missing.join(' ')} with apt-get.`);
			}
			path = found();
		}
	}
	path ??= await playwrightOwn();
	if (!path) {
		console.error(
			'No Chromium found: install Debian\'s "chromium" and "fonts-noto-cjk" packages (or set CHROMIUM_PATH) and run the tests again.'
		);
		return null;
	}
	if (!hasCjkFont())
		console.error(
			'Warning: no CJK font (fonts-noto-cjk): Chinese will render as boxes in screenshots.'
		);
	return path;
}

/** Launch arguments measured to work on these machines (see docs/). */
export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function debianVersion() {
	try {
		return readFileSync('/etc/debian_version', 'utf8').trim();
	} catch {
		return null;
	}
}

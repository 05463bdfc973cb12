/**
 * Reading a plan in the page: a pasted plan with a 分别达到 list and a table of indicators gives
 * candidates already mapped onto the dataset's indicators and the document's region, with the
 * date it states; accepting them adds targets whose verdicts appear in the scorecard. The plan
 * text is written for this test (it is not a real document).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const PLAN = [
	'重庆市推进基础教育扩优提质三年行动计划（2025—2027年）',
	'重庆市教育委员会',
	'2025年6月18日',
	'',
	'一、主要目标',
	'到2027年，全市学前教育毛入园率、九年义务教育巩固率和高中阶段毛入学率分别达到95%、97%和99%。',
	'',
	'专栏1  主要指标',
	'指标\t单位\t2024年基期值\t2027年目标值\t属性',
	'高等教育毛入学率\t%\t63.5\t67\t预期性',
	'普惠性幼儿园覆盖率\t%\t94.6\t96\t约束性',
	'注：基期值为2024年统计数据。'
].join('\n');

/** The five targets the plan sets for 2027, by the dataset's indicator ids and names. */
const TARGETS: [string, string, string][] = [
	['preschool-gross-enrolment', '学前教育毛入园率', '95'],
	['compulsory-education-retention', '九年义务教育巩固率', '97'],
	['upper-secondary-gross-enrolment', '高中阶段毛入学率', '99'],
	['higher-ed-gross-enrolment', '高等教育毛入学率', '67'],
	['inclusive-kindergarten-coverage', '普惠性幼儿园覆盖率', '96']
];

async function openDialog(page: Page): Promise<Locator> {
	await page.getByTestId('open-extract').click();
	const dialog = page.getByTestId('extract-dialog');
	await expect(dialog.getByTestId('extract-panel')).toBeVisible();
	return dialog;
}

/** The candidate row whose value field holds `value` and whose kind is `kind`. */
async function rowFor(dialog: Locator, value: string, kind: string): Promise<Locator> {
	const rows = dialog.getByTestId('extract-row');
	const n = await rows.count();
	for (let i = 0; i < n; i++) {
		const r = rows.nth(i);
		const v = await r.getByLabel(/行的数值$/).inputValue();
		const k = await r.getByLabel(/行的类型$/).inputValue();
		if (v === value && k === kind) return r;
	}
	throw new Error(`no ${kind} row with the value ${value}`);
}

test('a pasted plan with a list and a table gives mapped targets whose verdicts appear', async ({
	page
}) => {
	await openApp(page);
	const dialog = await openDialog(page);
	await dialog.getByTestId('extract-text').fill(PLAN);
	await dialog.getByRole('button', { name: '提取', exact: true }).click();
	await expect(dialog.getByTestId('extract-row').first()).toBeVisible();

	// What the plan says of itself: its date, its plan period, its region (the issuing body).
	await expect(dialog.getByTestId('extract-inferred')).toContainText('2025年6月18日');
	await expect(dialog.getByTestId('extract-inferred')).toContainText('2025—2027');
	await expect(dialog.getByTestId('extract-year')).toHaveValue('2025');
	await expect(dialog.getByTestId('extract-region')).toHaveValue('chongqing');

	// Each 2027 target is already mapped onto the dataset's indicator and region, and ticked.
	for (const [id, , value] of TARGETS) {
		const r = await rowFor(dialog, value, 'target');
		await expect(r.getByLabel(/行的指标$/)).toHaveValue(id);
		await expect(r.getByLabel(/行的地区$/)).toHaveValue('chongqing');
		await expect(r.getByLabel(/行的年份/)).toHaveValue('2027');
		await expect(r.getByLabel(/^接受第/)).toBeChecked();
	}
	// The table's baselines are reported values of 2024.
	const base = await rowFor(dialog, '63.5', 'actual');
	await expect(base.getByLabel(/行的年份/)).toHaveValue('2024');

	// The accept button is in sight, not under the evidence pane.
	const accept = dialog.getByTestId('extract-accept');
	await expect(accept).toBeInViewport();
	const box = (await accept.boundingBox())!;
	const hit = await page.evaluate(
		([x, y]) =>
			document
				.elementFromPoint(x as number, y as number)
				?.closest('[data-testid]')
				?.getAttribute('data-testid'),
		[box.x + box.width / 2, box.y + box.height / 2]
	);
	expect(hit).toBe('extract-accept');

	await accept.click();
	await expect(dialog.getByTestId('extract-notice')).toContainText('已加入');
	await page.keyboard.press('Escape');

	// The verdicts of the new targets are in the scorecard of 重庆市.
	for (const [, name] of TARGETS) {
		const row = page.locator(
			`[data-testid="target-row"][data-region="重庆市"][data-indicator="${name}"][data-year="2027"]`
		);
		await expect(row).toHaveCount(1);
		await expect(row).toHaveAttribute(
			'data-status',
			/^(met|missed|unverified|on-track|at-risk|off-track|needs-assumption|no-data)$/
		);
	}
});

test('correcting the year re-reads targets as reported values at once', async ({ page }) => {
	await openApp(page);
	const dialog = await openDialog(page);
	await dialog.getByTestId('extract-text').fill(PLAN);
	await dialog.getByRole('button', { name: '提取', exact: true }).click();
	await expect(dialog.getByTestId('extract-row').first()).toBeVisible();
	await expect(await rowFor(dialog, '95', 'target')).toBeVisible();
	// Said to be written in 2028, the 2027 figures are reported ones.
	await dialog.getByTestId('extract-year').fill('2028');
	await dialog.getByTestId('extract-year').press('Tab');
	await expect(async () => expect(await rowFor(dialog, '95', 'actual')).toBeVisible()).toPass();
});

test('the English panel says so in its placeholder, and a long reading can be stopped', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('lang-toggle').click();
	const dialog = await openDialog(page);
	await expect(dialog.getByTestId('extract-title')).toHaveAttribute('placeholder', 'Pasted text');
	// A long clause without punctuation: read in a worker, with progress and a stop button.
	await dialog
		.getByTestId('extract-text')
		.fill('到2027年学前教育普及率达到90%公办率达到55%'.repeat(40_000));
	await dialog.getByRole('button', { name: 'Extract', exact: true }).click();
	await expect(dialog.getByTestId('extract-progress')).toBeVisible();
	await dialog.getByTestId('extract-cancel').click();
	await expect(dialog.getByTestId('extract-notice')).toContainText('Extraction stopped');
	await expect(dialog.getByTestId('extract-progress')).toHaveCount(0);
	await expect(dialog.getByTestId('extract-row')).toHaveCount(0);
});

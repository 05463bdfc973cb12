/**
 * Two tabs of the same browser: a scenario saved in one appears in the other's list without a
 * reload, and a rename begun in one tab while the other renamed the same scenario is refused
 * with a sentence instead of silently overwriting the other's name.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

async function scenarios(page: Page) {
	await page.getByTestId('scenario-panel').locator('summary').click();
	return page.getByTestId('scenario-list');
}

test('two tabs share their saved scenarios, and a conflicting rename says so', async ({
	page,
	context
}) => {
	await openApp(page);
	const second = await context.newPage();
	await openApp(second);
	const listA = await scenarios(page);
	const listB = await scenarios(second);

	await page.getByTestId('scenario-name').fill('两页共用');
	await page.getByTestId('scenario-save').click();
	// The second tab hears of the save: no reload.
	const itemB = listB.locator('li', { hasText: '两页共用' });
	await expect(itemB).toHaveCount(1);

	// The second tab begins to rename it…
	await itemB.getByTestId('scenario-rename').click();
	const inputB = listB.getByTestId('scenario-rename-input');
	await expect(inputB).toHaveValue('两页共用');
	// …meanwhile the first tab renames it.
	const itemA = listA.locator('li', { hasText: '两页共用' });
	await itemA.getByTestId('scenario-rename').click();
	await listA.getByTestId('scenario-rename-input').fill('左页改名');
	await listA.getByTestId('scenario-rename-input').press('Enter');
	await expect(listA.locator('li', { hasText: '左页改名' })).toHaveCount(1);

	// The second tab's rename is refused, and says what the name now is.
	await inputB.fill('右页改名');
	await inputB.press('Enter');
	await expect(second.getByTestId('app-message')).toContainText(
		'另一个标签页已把此情景改名为“左页改名”'
	);
	await expect(listA.locator('li', { hasText: '左页改名' })).toHaveCount(1);
	await expect(listA.locator('li', { hasText: '右页改名' })).toHaveCount(0);

	// Told, the analyst can rename it again, and the first tab follows.
	await inputB.press('Enter');
	await expect(listB.locator('li', { hasText: '右页改名' })).toHaveCount(1);
	await expect(listA.locator('li', { hasText: '右页改名' })).toHaveCount(1);
	await expect(listA.locator('li', { hasText: '左页改名' })).toHaveCount(0);
});

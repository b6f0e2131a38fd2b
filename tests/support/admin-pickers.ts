import type { Page } from 'playwright-core';

/** Picks a village in the region tree picker by its code, and sees it in the field. */
export async function pickVillage(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: 'Choose', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a region' });
  await picker.getByLabel('Search by name or code').fill(code);
  await picker.getByRole('button', { name: new RegExp(code.replace(/\./g, '\\.')) }).click();
  await picker.waitFor({ state: 'hidden' });
  expect(await page.getByLabel(/^Village \/ region/).inputValue()).toContain(code);
}

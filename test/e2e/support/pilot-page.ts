// Steps on a pilot page shared by the browser tests: open it, upload a file, work the review grid.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function openPilot(page: Page, pilotPath: string, cityName = 'Aurora'): Promise<void> {
  await page.goto(pilotPath);
  await page.getByRole('heading', { level: 1, name: cityName }).waitFor();
}

/** Writes the bytes to a file in `dir` and chooses it in the file input with the given label. */
export async function chooseFile(
  page: Page,
  label: string | RegExp,
  dir: string,
  name: string,
  bytes: Buffer,
) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  await page.getByLabel(label).setInputFiles(file);
}

/** The rows of the review grid as they are shown, by data point id. */
export function reviewRows(page: Page) {
  return page.locator('table.review tbody tr');
}

export async function reviewRowIds(page: Page): Promise<string[]> {
  return reviewRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

/** Waits for the polite announcement the review grid makes after an action. */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.review-grid p[role="status"].notice-ok', { hasText: text }).waitFor();
}

/** A minimal PDF: the API checks the evidence's type, size and arrival, not its contents. */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Clicks an action's button, then confirms it in the dialog that irreversible actions open. */
export async function clickConfirmed(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

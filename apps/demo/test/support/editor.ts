/** Typing into `<gk-report-editor>`'s cells as a person would (its inputs live in its shadow root). */
import type { Locator, Page } from 'playwright-core';

/** The input of one cell, by address. */
export function cellInput(page: Page, address: string): Locator {
  return page.locator(`gk-report-editor [id="input-${address}"]`);
}

/** Types a value into a cell and leaves it, like Tab would. */
export async function typeIntoCell(page: Page, address: string, value: string): Promise<void> {
  const input = cellInput(page, address);
  await input.fill(value);
  await input.blur();
}

/** The six applicant columns of section 三, the ones a clerk types (`total` is derived). */
export const applicantColumns = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalServices',
  'otherOrganization',
] as const;

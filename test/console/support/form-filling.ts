import type { Locator, Page } from 'playwright-core';

/** The open dialog (forms open in one). */
export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A field by its visible label, as a person finds it (a required field's label ends with an asterisk). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escaped(label)}( \\*)?$`));
}

/** Picks an option of a select by its label, as a person does: open the list, click the option. */
export async function choose(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a tags input and presses Enter after each value. */
export async function addTags(scope: Page | Locator, label: string, values: readonly string[]): Promise<void> {
  const input = scope.getByRole('combobox', { name: label });
  for (const value of values) {
    await input.fill(value);
    await input.press('Enter');
  }
}

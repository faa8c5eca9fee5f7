/**
 * Text safe inside HTML elements and in attribute values quoted either way (`"` or `'`): the five
 * characters that could end either are written as numeric references (`<` → `&#60;`).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import type { Report } from '@gongkai/schema';
import { afterEach } from 'vitest';

const mounted: Element[] = [];

/** Creates an element, sets its properties, attaches it to the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  attributes: Record<string, string> = {},
  parent: Element = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  Object.assign(element, props);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  mounted.push(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** The `<td>` of a cell inside an element's shadow root. */
export function cellOf(element: Element, address: string): HTMLTableCellElement {
  const cell = element.shadowRoot?.getElementById(`cell-${address}`);
  if (!cell) throw new Error(`no cell ${address}`);
  return cell as HTMLTableCellElement;
}

/** Reads a printed figure back as a number (null when blank): grouping separators removed. */
export function readFigure(element: Element, address: string): number | null {
  const text = cellOf(element, address).querySelector('.gk-value')?.textContent?.trim() ?? '';
  return text === '' ? null : Number(text.replace(/,/g, ''));
}

/** The texts of the header cells a data cell names in `headers`, outermost first. */
export function headerTexts(element: Element, address: string): string[] {
  const root = element.shadowRoot as ShadowRoot;
  return (cellOf(element, address).getAttribute('headers') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const th = root.getElementById(id);
      if (!th) throw new Error(`headers of ${address} name a missing id ${id}`);
      return th.textContent?.trim() ?? '';
    });
}

/** A deep copy, so tests can change a fixture freely. */
export const clone = (report: Report): Report => structuredClone(report);

/** Waits for the next frame (after Lit's microtask updates have painted). */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

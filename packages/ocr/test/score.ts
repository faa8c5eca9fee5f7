import type { OcrDraft } from '../src/node.js';

/** How a draft compares with the corpus' expected cells: the figures the issue asks to report. */
export interface Score {
  expected: number;
  right: number;
  wrong: number;
  /** Wrong and not listed 「请核对」 at all. */
  silent: number;
  /** Wrong, listed only because no rule checks the cell. */
  onlyUnchecked: number;
  /** Wrong and blank in the draft (not read, or its row not found), listed. */
  blank: number;
  toConfirm: number;
  wrongCells: string[];
}

export function score(draft: OcrDraft, expected: Record<string, number | null>): Score {
  const listed = new Map(draft.toConfirm.map((c) => [c.address, c.reasons]));
  const out: Score = {
    expected: 0,
    right: 0,
    wrong: 0,
    silent: 0,
    onlyUnchecked: 0,
    blank: 0,
    toConfirm: listed.size,
    wrongCells: [],
  };
  for (const [address, want] of Object.entries(expected)) {
    if (want === null) continue;
    out.expected++;
    const got = draft.cells[address]?.value ?? null;
    if (got === want) {
      out.right++;
      continue;
    }
    out.wrong++;
    out.wrongCells.push(`${address}: ${got} (want ${want})`);
    if (got === null) out.blank++;
    const reasons = listed.get(address);
    if (!reasons) out.silent++;
    else if (reasons.length === 1 && reasons[0] === 'unchecked') out.onlyUnchecked++;
  }
  return out;
}

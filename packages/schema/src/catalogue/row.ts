/** Builds a row definition keeping its key as a literal type, so report types derive from the catalogue. */
export function row<K extends string>(key: K, zh: string, en: string, aliases?: readonly string[]) {
  return aliases
    ? { kind: 'row' as const, key, label: { zh, en }, aliases }
    : { kind: 'row' as const, key, label: { zh, en } };
}

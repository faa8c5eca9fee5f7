/**
 * Type-level reading of the catalogue: the nested object type of a table, derived from its row and
 * column definitions so that no key is typed twice.
 */

/** A cell: a number, or `null` for blank (not reported). Blank is not 0. */
export type Cell = number | null;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ColumnKey<B> = B extends { readonly columns: readonly (infer C)[] }
  ? C extends { readonly key: infer K extends string }
    ? K
    : never
  : never;

/** Rows and keyed groups; a group without a key (三、本年度办理结果) only prints a label, so its children rise. */
type Flat<N> = N extends { readonly kind: 'group'; readonly children: infer Ch extends readonly unknown[] }
  ? N extends { readonly key: string }
    ? N
    : Flat<Ch[number]>
  : N;

type Shape<N, C extends string> = {
  [M in Flat<N> as M extends { readonly key: infer K extends string } ? K : never]: M extends {
    readonly kind: 'row';
  }
    ? { [Q in C]: Cell }
    : M extends { readonly children: infer Ch extends readonly unknown[] }
      ? Shape<Ch[number], C>
      : never;
};

type BlockShape<B> = B extends { readonly rows: infer R extends readonly unknown[] }
  ? Shape<R[number], ColumnKey<B>>
  : never;

/** The report-JSON shape of a table definition. */
export type TableShape<T> = T extends { readonly blocks: infer Bs extends readonly unknown[] }
  ? Simplify<UnionToIntersection<BlockShape<Bs[number]>>>
  : never;

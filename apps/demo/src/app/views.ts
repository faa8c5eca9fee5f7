/** The app's screens, in the order of a clerk's work; each has a hash address (`#compare`). */
export const views = ['start', 'edit', 'import', 'preview', 'compare', 'export', 'embed'] as const;

export type View = (typeof views)[number];

export function isView(name: string): name is View {
  return (views as readonly string[]).includes(name);
}

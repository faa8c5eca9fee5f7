// `@gongkai/corpus` loads its files through Vite's import.meta.glob; the engine does not depend on
// Vite, so its typecheck gets the one signature the corpus uses (eager globs) from here.
interface ImportMeta {
  glob<T = unknown>(
    pattern: string | readonly string[],
    options?: { query?: string; import?: string; eager?: boolean },
  ): Record<string, T>;
}

import type { Locale } from '@gongkai/schema';
import Database from 'better-sqlite3';
import { UsageError } from '../args.js';

/** One report as the archive keeps it: where it came from, its content hash, who and when, and the results. */
export interface ArchivedReport {
  source: string;
  /** Checked, unreadable, or not checked (a PDF no reader took when it was imported). */
  status: 'checked' | 'unreadable' | 'not-checked';
  hash: string;
  size: number;
  mtimeMs: number;
  agency: string | null;
  short: string | null;
  prefix: string | null;
  regionCode: string | null;
  level: string | null;
  year: number | null;
  /** The report JSON, or null when the file could not be read as one. */
  report: string | null;
  findings: string;
  diagnostics: string;
  errors: number;
  warnings: number;
  /** Why the file is unreadable or not checked, when it is. */
  problem: string | null;
  engine: string;
  importedAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
  source TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  agency TEXT, short TEXT, prefix TEXT, region_code TEXT, level TEXT, year INTEGER,
  report TEXT, findings TEXT NOT NULL, diagnostics TEXT NOT NULL,
  errors INTEGER NOT NULL, warnings INTEGER NOT NULL, problem TEXT,
  engine TEXT NOT NULL, imported_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_body_year ON reports (short, year);
`;
const FORMAT = '1';

/**
 * The local archive of a province's reports, in one SQLite file: every imported report with its source
 * path, content hash, identity, year, JSON, findings and the engine version, so a weekly re-run only
 * imports what is new or changed. Writes go in transactions: a run killed mid-way leaves every report
 * it committed whole, and none half-written.
 */
export class Archive {
  readonly #db: Database.Database;

  private constructor(db: Database.Database) {
    this.#db = db;
  }

  /** Opens (or creates) the archive; a file that is not one, or is damaged, is a usage error saying so. */
  static open(path: string, locale: Locale, options: { create: boolean } = { create: true }): Archive {
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { fileMustExist: !options.create });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      const format = db.prepare('SELECT value FROM meta WHERE key = ?').get('format') as
        | { value: string }
        | undefined;
      if (!format) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('format', FORMAT);
      else if (format.value !== FORMAT) throw Object.assign(new Error('format'), { code: 'GONGKAI_FORMAT' });
      db.prepare('SELECT count(*) FROM reports').get();
      return new Archive(db);
    } catch (error) {
      db?.close();
      throw new UsageError(describeOpenError(error, path, locale));
    }
  }

  /** What the archive holds for a source path: its hash, size and time, to tell changed files. */
  known(source: string): Pick<ArchivedReport, 'hash' | 'size' | 'mtimeMs' | 'engine'> | undefined {
    return this.#db
      .prepare('SELECT hash, size, mtime_ms AS mtimeMs, engine FROM reports WHERE source = ?')
      .get(source) as Pick<ArchivedReport, 'hash' | 'size' | 'mtimeMs' | 'engine'> | undefined;
  }

  /** Records that an unchanged file was seen again with a new time (touched, not changed). */
  touch(source: string, mtimeMs: number): void {
    this.#db.prepare('UPDATE reports SET mtime_ms = ? WHERE source = ?').run(mtimeMs, source);
  }

  /** Writes reports in one transaction: all of them, or (killed meanwhile) none. */
  putAll(reports: readonly ArchivedReport[]): void {
    const insert =
      this.#db.prepare(`INSERT INTO reports (source, status, hash, size, mtime_ms, agency, short, prefix,
      region_code, level, year, report, findings, diagnostics, errors, warnings, problem, engine, imported_at)
      VALUES (@source, @status, @hash, @size, @mtimeMs, @agency, @short, @prefix, @regionCode, @level, @year, @report,
      @findings, @diagnostics, @errors, @warnings, @problem, @engine, @importedAt)
      ON CONFLICT (source) DO UPDATE SET status = excluded.status, hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms,
      agency = excluded.agency, short = excluded.short, prefix = excluded.prefix, region_code = excluded.region_code,
      level = excluded.level, year = excluded.year, report = excluded.report, findings = excluded.findings,
      diagnostics = excluded.diagnostics, errors = excluded.errors, warnings = excluded.warnings,
      problem = excluded.problem, engine = excluded.engine, imported_at = excluded.imported_at`);
    this.#db.transaction((rows: readonly ArchivedReport[]) => {
      for (const row of rows) insert.run(row);
    })(reports);
  }

  /** Every report, in source order, one at a time (a province does not fit in memory as objects). */
  *all(): Generator<ArchivedReport> {
    const rows = this.#db
      .prepare(`SELECT source, status, hash, size, mtime_ms AS mtimeMs, agency, short, prefix, region_code AS regionCode,
        level, year, report, findings, diagnostics, errors, warnings, problem, engine, imported_at AS importedAt
        FROM reports ORDER BY source`)
      .iterate() as IterableIterator<ArchivedReport>;
    yield* rows;
  }

  get count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  }

  /** Forgets the reports whose source is one of `sources` (or lies under one, for a folder); how many. */
  forget(sources: readonly string[]): number {
    const remove = this.#db.prepare("DELETE FROM reports WHERE source = ? OR source LIKE ? ESCAPE '\\'");
    let n = 0;
    this.#db.transaction(() => {
      for (const s of sources) {
        const folder = `${s.replace(/\/+$/, '').replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
        n += remove.run(s, folder).changes;
      }
    })();
    return n;
  }

  close(): void {
    this.#db.close();
  }
}

function describeOpenError(error: unknown, path: string, locale: Locale): string {
  const code = String((error as { code?: string }).code ?? '');
  const en = locale === 'en';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT'))
    return en
      ? `${path} is not a gongkai archive, or it is damaged; move it aside and import again`
      : `${path} 不是 gongkai 档案文件，或已损坏：请将其移走后重新导入`;
  if (code === 'GONGKAI_FORMAT')
    return en
      ? `${path} was written by another version of gongkai`
      : `${path} 由其他版本的 gongkai 写入，无法读取`;
  if (code === 'SQLITE_CANTOPEN')
    return en
      ? `${path}: the archive cannot be opened (no such file, or no permission)`
      : `${path}：无法打开档案（文件不存在或没有权限）`;
  return `${en ? 'cannot open the archive' : '无法打开档案'} ${path}: ${(error as Error).message}`;
}

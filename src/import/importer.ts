/**
 * The import job: read the GARD catalog and every MedQuAD file, build conditions and articles in
 * memory, then write them through the store's batch upserts. Files that cannot be read are reported
 * and skipped; the rest goes on.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Article } from '../kb/index.js';
import type { Store, UpsertCounts } from '../store/index.js';
import { ConditionRegistry } from './conditions.js';
import { parseGardTsv, type GardEntry } from './gard.js';
import { collectionForFolder, medquadArticles, parseMedquadXml, type MedquadDocument } from './medquad.js';
import { locateData, type DataLocation } from './sources.js';

export interface ImportProgress {
  /** `download`: fetching sources (done = bytes, total 0 = unknown); `read`: files parsed; `write`: records stored. */
  phase: 'download' | 'read' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** `--data DIR` (else RAREDESK_DATA, the shared folder, or a download). */
  dataDir?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Recorded as who changed each record (`import`, a staff user id, ...). */
  actor: string;
  /** Settings for locating/downloading data (default: `loadConfig()`). */
  config?: Pick<Config, 'dataDir' | 'cacheDir'>;
  /** Shared folder looked for before downloading (default `<project root>/../shared/data`); for tests. */
  sharedDir?: string;
}

export interface SkippedFile {
  /** Path relative to the data folder. */
  path: string;
  reason: string;
}

export interface CollectionSummary {
  files: number;
  /** QA pairs read (one article each). */
  articles: number;
  /** QA pairs whose source answer is not empty. */
  withText: number;
  /** Articles with answer text to show (not only a repeated question). */
  withAnswer: number;
}

export interface ImportSummary {
  dataDir: string;
  origin: DataLocation['origin'];
  conditions: number;
  names: number;
  articles: number;
  articlesWithText: number;
  articlesWithAnswer: number;
  phenotypes: number;
  /** Per MedQuAD collection prefix (`GARD`, `GHR`, ...). */
  byCollection: Record<string, CollectionSummary>;
  /** QA pairs per XML schema: `Document` (almost all), `DiseaseFile` (one CDC file), `doc` (four older NINDS files). */
  bySchema: Record<string, CollectionSummary>;
  /** How conditions were found for MedQuAD documents (`gard-id`, `focus-name`, `umls-cui`, `synonym`, `new`). */
  matches: Record<string, number>;
  conditionChanges: UpsertCounts;
  articleChanges: UpsertCounts;
  /** Conditions and articles together. */
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: SkippedFile[];
  durationMs: number;
}

/** Articles are written in batches of this size (one transaction each). */
const WRITE_BATCH = 2000;

/** Order documents are merged in: GARD (ids from the catalog), then GHR (genetic conditions), then the rest. */
const MERGE_ORDER = ['GARD', 'GHR'];

interface FileRef {
  rel: string;
  abs: string;
  folder: string;
}

async function listMedquadFiles(dataDir: string): Promise<FileRef[]> {
  const root = path.join(dataDir, 'medquad');
  let folders: string[];
  try {
    folders = await fsp.readdir(root);
  } catch (err) {
    throw new AppError('data_unavailable', `cannot read ${root}: ${String(err)}`, undefined, { cause: err });
  }
  const rank = (folder: string) => {
    const c = collectionForFolder(folder)!;
    const i = MERGE_ORDER.indexOf(c.prefix);
    return i >= 0 ? i : MERGE_ORDER.length + c.folderNumber;
  };
  const files: FileRef[] = [];
  for (const folder of folders.filter((f) => collectionForFolder(f)).sort((a, b) => rank(a) - rank(b))) {
    const names = (await fsp.readdir(path.join(root, folder))).filter((n) => n.endsWith('.xml')).sort();
    for (const name of names) {
      files.push({ rel: `medquad/${folder}/${name}`, abs: path.join(root, folder, name), folder });
    }
  }
  if (files.length === 0) throw new AppError('data_unavailable', `no MedQuAD XML files under ${root}`);
  return files;
}

function emptyCounts(): CollectionSummary {
  return { files: 0, articles: 0, withText: 0, withAnswer: 0 };
}

function schemaOf(xml: string): string {
  return /<(Document|DiseaseFile|doc)\b/.exec(xml)?.[1] ?? 'unknown';
}

/** Reads the GARD catalog; a missing or malformed catalog is skipped (MedQuAD still imports). */
async function readCatalog(dataDir: string, skipped: SkippedFile[]): Promise<GardEntry[]> {
  const rel = 'gard/gard.tsv';
  try {
    return parseGardTsv(await fsp.readFile(path.join(dataDir, rel), 'utf8'));
  } catch (err) {
    skipped.push({ path: rel, reason: err instanceof Error ? err.message : String(err) });
    return [];
  }
}

/**
 * Imports the knowledge base (GARD catalog + all MedQuAD collections) into `store`. Idempotent:
 * unchanged records are not rewritten; a changed article gets a new version. Throws
 * `data_unavailable`/`offline` when there is no data at all; unreadable files are in `summary.skipped`.
 */
export async function importKnowledgeBase(store: Store, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  const location = await locateData({
    dataDir: options.dataDir,
    config: options.config ?? loadConfig(),
    ...(options.sharedDir ? { sharedDir: options.sharedDir } : {}),
    onDownload: (_what, bytes) => progress({ phase: 'download', done: bytes, total: 0 }),
  });
  const skipped: SkippedFile[] = [];
  const registry = new ConditionRegistry();
  registry.addGardCatalog(await readCatalog(location.dir, skipped));

  const files = await listMedquadFiles(location.dir);
  const byCollection: Record<string, CollectionSummary> = {};
  const bySchema: Record<string, CollectionSummary> = {};
  const matches: Record<string, number> = {};
  const articles: Article[] = [];
  const seenIds = new Set<string>();
  for (const [i, file] of files.entries()) {
    const collection = collectionForFolder(file.folder)!;
    let doc: MedquadDocument;
    let schema: string;
    try {
      const xml = await fsp.readFile(file.abs, 'utf8');
      schema = schemaOf(xml);
      doc = parseMedquadXml(xml, file.rel, collection);
    } catch (err) {
      skipped.push({ path: file.rel, reason: err instanceof Error ? err.message : String(err) });
      continue;
    } finally {
      progress({ phase: 'read', done: i + 1, total: files.length });
    }
    const { id, rule } = registry.addDocument(doc);
    matches[rule] = (matches[rule] ?? 0) + 1;
    const tallies = [
      (byCollection[collection.prefix] ??= emptyCounts()),
      (bySchema[schema] ??= emptyCounts()),
    ];
    for (const t of tallies) t.files++;
    const docArticles = medquadArticles(doc, id, location.snapshot.medquad);
    for (const [k, article] of docArticles.entries()) {
      if (seenIds.has(article.id)) {
        skipped.push({ path: file.rel, reason: `duplicate answer id ${article.id} (QA pair skipped)` });
        continue;
      }
      seenIds.add(article.id);
      articles.push(article);
      for (const t of tallies) {
        t.articles++;
        if (doc.pairs[k].answer) t.withText++;
        if (article.hasAnswer) t.withAnswer++;
      }
    }
  }

  const conditions = registry.conditions(new Date().toISOString());
  const total = conditions.length + articles.length;
  progress({ phase: 'write', done: 0, total });
  const conditionChanges = await store.upsertConditions(conditions, options.actor);
  progress({ phase: 'write', done: conditions.length, total });
  const articleChanges: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < articles.length; i += WRITE_BATCH) {
    const counts = await store.upsertArticles(
      articles.slice(i, i + WRITE_BATCH),
      options.actor,
      `imported from ${location.origin === 'download' ? 'downloaded' : 'local'} sources (MedQuAD ${location.snapshot.medquad})`,
    );
    articleChanges.inserted += counts.inserted;
    articleChanges.updated += counts.updated;
    articleChanges.unchanged += counts.unchanged;
    progress({ phase: 'write', done: conditions.length + Math.min(i + WRITE_BATCH, articles.length), total });
  }

  const sum = (key: keyof UpsertCounts) => conditionChanges[key] + articleChanges[key];
  return {
    dataDir: location.dir,
    origin: location.origin,
    conditions: conditions.length,
    names: conditions.reduce((n, c) => n + c.names.length, 0),
    articles: articles.length,
    articlesWithText: Object.values(byCollection).reduce((n, c) => n + c.withText, 0),
    articlesWithAnswer: articles.filter((a) => a.hasAnswer).length,
    phenotypes: articles.reduce((n, a) => n + a.phenotypes.length, 0),
    byCollection,
    bySchema,
    matches,
    conditionChanges,
    articleChanges,
    inserted: sum('inserted'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    skipped,
    durationMs: Date.now() - started,
  };
}

/**
 * Builds NameRows straight from the shared data folder (GARD catalog + MedQuAD foci and synonyms),
 * the way the importer does, for understanding tests and benchmarks that must run without a
 * database. Conditions are keyed like the knowledge base: GARD id, else UMLS CUI, else a slug.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NameRow } from '../../../src/store/types.js';
import type { ConditionKind, NameSource } from '../../../src/kb/types.js';
import { PROJECT_ROOT } from '../../../src/config.js';

export function dataDir(): string {
  return process.env.RAREDESK_DATA ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');
}

interface Draft {
  id: string;
  preferredName: string;
  kind: ConditionKind;
  names: Map<string, { source: NameSource; kind: NameRow['kind'] }>;
  articleCount: number;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .trim();
}

let cache: NameRow[] | null = null;

/** Every name of every condition, read from `dataDir()` (cached per process). */
export function namesFromData(): NameRow[] {
  if (cache) return cache;
  const root = dataDir();
  const drafts = new Map<string, Draft>();
  const add = (d: Draft, name: string, source: NameSource, kind: NameRow['kind']) => {
    const n = name.trim();
    if (n && !d.names.has(n)) d.names.set(n, { source, kind });
  };

  const tsv = fs
    .readFileSync(path.join(root, 'gard', 'gard.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  for (const line of tsv) {
    const [gid, name, , synonyms] = line.split('\t');
    if (!gid || !name) continue;
    const d: Draft = {
      id: `GARD:${gid}`,
      preferredName: name,
      kind: 'disease',
      names: new Map(),
      articleCount: 0,
    };
    add(d, name, 'gard', 'preferred');
    for (const s of (synonyms ?? '').split('|')) {
      add(d, s, 'gard', /^[a-z0-9]{2,6}$/.test(s) && !/^[a-z]+$/.test(s) ? 'abbreviation' : 'synonym');
    }
    drafts.set(d.id, d);
  }

  const medquad = path.join(root, 'medquad');
  for (const folder of fs.readdirSync(medquad)) {
    const dir = path.join(medquad, folder);
    if (!/^\d+_/.test(folder) || !fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir)) {
      const xml = fs.readFileSync(path.join(dir, file), 'utf8');
      const focus = decode(/<Focus>([^<]*)<\/Focus>/.exec(xml)?.[1] ?? '');
      if (!focus) continue;
      const gard = /rarediseases\.info\.nih\.gov\/gard\/(\d+)/.exec(xml)?.[1];
      const cui = /<CUI>([^<]+)<\/CUI>/.exec(xml)?.[1];
      const category = /<Category>([^<]+)<\/Category>/.exec(xml)?.[1];
      const kind: ConditionKind = folder.startsWith('11_')
        ? 'drug'
        : folder.startsWith('12_')
          ? 'supplement'
          : category === 'Drug'
            ? 'drug'
            : category === 'Other'
              ? 'other'
              : 'disease';
      const id = gard ? `GARD:${gard}` : cui ? `UMLS:${cui}` : `RD:${slug(focus)}`;
      let d = drafts.get(id);
      if (!d) {
        d = { id, preferredName: focus, kind, names: new Map(), articleCount: 0 };
        drafts.set(id, d);
      }
      if (gard) d.preferredName = focus;
      add(d, focus, 'medquad-focus', d.preferredName === focus ? 'preferred' : 'synonym');
      for (const m of xml.matchAll(/<Synonym>([^<]*)<\/Synonym>/g))
        add(d, decode(m[1]), 'medquad-synonym', 'synonym');
      d.articleCount += [...xml.matchAll(/<Answer>\s*\S/g)].length;
    }
  }

  const rows: NameRow[] = [];
  for (const d of drafts.values()) {
    for (const [name, meta] of d.names) {
      rows.push({
        conditionId: d.id,
        name,
        source: meta.source,
        kind: name === d.preferredName ? 'preferred' : meta.kind,
        conditionKind: d.kind,
        preferredName: d.preferredName,
        articleCount: d.articleCount,
      });
    }
  }
  cache = rows;
  return rows;
}

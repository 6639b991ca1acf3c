/**
 * Organizations (patient groups, expert centers, registries...): validation of one record, CSV import
 * with a report of rejected rows, and resolving condition references ("GARD:5086" or a name).
 *
 * CSV columns (header row required, any order, case-insensitive): `name`, `kind`, `email`, `phone`,
 * `website`, `country`, `conditions` (`;`-separated condition ids or exact names), and optionally
 * `description`. Only `name` is required in a row. `kind` takes the values of `OrganizationKind`
 * written with spaces, hyphens or underscores ("patient organization"); empty means `other`.
 * A website without a scheme gets `https://`. A row is accepted whole or rejected whole, with a reason.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors.js';
import type { ConditionId, Organization, OrganizationKind } from '../../kb/types.js';
import type { Store, UpsertResult } from '../../store/types.js';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'patient_organization',
  'expert_center',
  'directory',
  'registry',
  'government',
  'other',
];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  patient_organization: 'Patient organization',
  expert_center: 'Expert center',
  directory: 'Directory',
  registry: 'Registry',
  government: 'Government',
  other: 'Other',
};

export const CSV_COLUMNS = ['name', 'kind', 'email', 'phone', 'website', 'country', 'conditions'] as const;
const OPTIONAL_COLUMNS = ['description'] as const;

/** Limits for one field; longer values are rejected. */
export const ORG_LIMITS = { name: 200, email: 254, phone: 40, website: 500, country: 100, description: 2000 };

/** An organization as entered, before it has an id. */
export type OrganizationInput = Omit<Organization, 'id' | 'updatedAt'>;

/** The raw text fields of a form or a CSV row. `conditions` is `;`-separated. */
export type OrganizationFields = Record<(typeof CSV_COLUMNS)[number] | 'description', string>;

/** What a condition reference resolved to. */
export type ConditionResolution = { ok: true; id: ConditionId } | { ok: false; reason: string };
export type ConditionResolver = (ref: string) => Promise<ConditionResolution>;

/** A condition id as written by the knowledge base (`GARD:<n>`, `UMLS:<CUI>`, `RD:<slug>`). */
const CONDITION_ID = /^(GARD|UMLS|RD):\S+$/i;

/** Reads `patient organization`, `Patient-Organization`, `patient_organization` alike. */
export function parseOrganizationKind(value: string): OrganizationKind | null {
  const norm = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (norm === '') return 'other';
  return ORGANIZATION_KINDS.find((k) => k === norm) ?? null;
}

/** A website as stored: trimmed, `https://` added when the scheme is missing; null when not a web address. */
export function normalizeWebsite(value: string): string | null {
  const v = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return withScheme;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits, spaces and + ( ) - . / only, with at least 5 digits. */
const PHONE = /^[0-9+()\-./\s]+$/;

/** Splits the `conditions` field on `;`, trimming and dropping empty parts and repeats. */
export function splitConditionRefs(value: string): string[] {
  return [
    ...new Set(
      value
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/**
 * Validates one organization's fields; returns the organization or the first reason it is not
 * acceptable (a sentence naming the field). Condition references are resolved with `resolve`.
 */
export async function validateOrganization(
  fields: OrganizationFields,
  resolve: ConditionResolver,
): Promise<{ ok: true; org: OrganizationInput } | { ok: false; reason: string }> {
  const f = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()])) as OrganizationFields;
  const fail = (reason: string) => ({ ok: false as const, reason });
  if (f.name === '') return fail('name is empty');
  for (const key of ['name', 'email', 'phone', 'website', 'country', 'description'] as const) {
    if (f[key].length > ORG_LIMITS[key]) return fail(`${key} is longer than ${ORG_LIMITS[key]} characters`);
  }
  const kind = parseOrganizationKind(f.kind);
  if (!kind) return fail(`kind "${f.kind}" is not one of ${ORGANIZATION_KINDS.join(', ')}`);
  if (f.email !== '' && !EMAIL.test(f.email)) return fail(`email "${f.email}" is not an email address`);
  if (f.phone !== '' && (!PHONE.test(f.phone) || (f.phone.match(/\d/g)?.length ?? 0) < 5))
    return fail(`phone "${f.phone}" is not a phone number`);
  const website = f.website === '' ? null : normalizeWebsite(f.website);
  if (f.website !== '' && !website) return fail(`website "${f.website}" is not a web address`);
  const conditionIds: ConditionId[] = [];
  for (const ref of splitConditionRefs(f.conditions)) {
    const r = await resolve(ref);
    if (!r.ok) return fail(r.reason);
    if (!conditionIds.includes(r.id)) conditionIds.push(r.id);
  }
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    ok: true,
    org: {
      name: f.name.replace(/\s+/g, ' '),
      kind,
      email: orNull(f.email),
      phone: orNull(f.phone),
      website,
      country: orNull(f.country),
      description: orNull(f.description),
      conditionIds,
    },
  };
}

/** One data row of a CSV file, with the line number it starts on in the file (the header is line 1). */
export interface CsvRow {
  line: number;
  fields: OrganizationFields;
}

export interface RejectedRow {
  line: number;
  /** The row's name field (may be empty); organization names are public information, not personal data. */
  name: string;
  reason: string;
}

/**
 * Parses organization CSV text (UTF-8, optional BOM, comma-separated, quoted fields may span lines).
 * Throws `bad_input` when the text is not CSV or the header lacks a column; a row whose number of
 * cells differs from the header's is returned with `cellCountMismatch` so it can be rejected alone.
 */
export function parseOrganizationsCsv(text: string): Array<CsvRow & { cellCountMismatch?: number }> {
  let records: Array<{ record: string[]; info: { lines: number; empty_lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    throw new AppError('bad_input', `the file is not readable CSV: ${(err as Error).message}`, undefined, {
      cause: err,
    });
  }
  const [head, ...rows] = records;
  if (!head) throw new AppError('bad_input', 'the CSV file is empty');
  const header = head.record.map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw new AppError(
      'bad_input',
      `the CSV header lacks column(s) ${missing.join(', ')} (expected ${CSV_COLUMNS.join(', ')})`,
    );
  const columns = [...CSV_COLUMNS, ...OPTIONAL_COLUMNS];
  // csv-parse reports the line a record ends on; a record starts after the previous one and any empty lines.
  let previous = head.info;
  return rows.map(({ record, info }) => {
    const line = previous.lines + (info.empty_lines - previous.empty_lines) + 1;
    previous = info;
    const fields = Object.fromEntries(
      columns.map((c) => {
        const i = header.indexOf(c);
        return [c, i >= 0 ? (record[i] ?? '') : ''];
      }),
    ) as OrganizationFields;
    const row: CsvRow & { cellCountMismatch?: number } = { line, fields };
    if (record.length !== header.length) row.cellCountMismatch = record.length;
    return row;
  });
}

/** The outcome of validating a CSV file's rows. */
export interface CsvValidation {
  accepted: Array<{ line: number; org: OrganizationInput }>;
  rejected: RejectedRow[];
  /** Number of data rows read. */
  rows: number;
}

/**
 * Validates every row of an organization CSV: each row is accepted or rejected with its line number
 * and a reason. A name that appeared on an earlier accepted row of the same file is rejected as a
 * duplicate (compared case- and space-insensitively).
 */
export async function validateOrganizationsCsv(
  text: string,
  resolve: ConditionResolver,
): Promise<CsvValidation> {
  const rows = parseOrganizationsCsv(text);
  const result: CsvValidation = { accepted: [], rejected: [], rows: rows.length };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const name = row.fields.name.trim().replace(/\s+/g, ' ');
    if (row.cellCountMismatch !== undefined) {
      result.rejected.push({
        line: row.line,
        name,
        reason: `has ${row.cellCountMismatch} cells, the header has a different number`,
      });
      continue;
    }
    const r = await validateOrganization(row.fields, resolve);
    if (!r.ok) {
      result.rejected.push({ line: row.line, name, reason: r.reason });
      continue;
    }
    const key = organizationId(r.org.name);
    const first = seen.get(key);
    if (first !== undefined) {
      result.rejected.push({
        line: row.line,
        name,
        reason: `duplicate of the organization on line ${first}`,
      });
      continue;
    }
    seen.set(key, row.line);
    result.accepted.push({ line: row.line, org: r.org });
  }
  return result;
}

/**
 * An organization's id, derived from its name (`org-` + lower-case words joined by `-`), so a name
 * imported twice updates the same record instead of creating a twin.
 */
export function organizationId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `org-${slug || 'unnamed'}`;
}

/**
 * Resolves condition references against the store: an id must exist; a name must equal (case-
 * insensitively) one of exactly one condition's names. Ambiguous names are refused with the
 * candidate ids, so the curator can write the id instead.
 */
export function storeConditionResolver(store: Store): ConditionResolver {
  return async (ref) => {
    if (CONDITION_ID.test(ref)) {
      const [db = '', rest = ''] = ref.split(/:(.*)/s);
      const id = `${db.toUpperCase()}:${rest}`;
      const c = (await store.getCondition(id)) ?? (await store.getCondition(ref));
      return c ? { ok: true, id: c.id } : { ok: false, reason: `condition ${ref} does not exist` };
    }
    const wanted = ref.toLowerCase();
    const hits = await store.searchConditionNames(ref, 50);
    const ids = [
      ...new Set(
        hits
          .filter((h) => h.condition.names.some((n) => n.name.toLowerCase() === wanted))
          .map((h) => h.condition.id),
      ),
    ];
    if (ids.length === 1 && ids[0]) return { ok: true, id: ids[0] };
    if (ids.length === 0) return { ok: false, reason: `no condition is named "${ref}"` };
    return {
      ok: false,
      reason: `"${ref}" names ${ids.length} conditions (${ids.slice(0, 5).join(', ')}); write the id instead`,
    };
  };
}

/** What an import did. */
export interface ImportReport {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

/**
 * Imports organizations from CSV text: validates every row, then saves the accepted ones in one
 * transaction (all land or none). An organization whose name matches an existing one (compared
 * case- and punctuation-insensitively) is updated. Returns the report; rejected rows never stop the accepted ones.
 */
export async function importOrganizationsCsv(
  store: Store,
  text: string,
  now: Date = new Date(),
): Promise<ImportReport> {
  const validation = await validateOrganizationsCsv(text, storeConditionResolver(store));
  const counts: Record<UpsertResult, number> = { inserted: 0, updated: 0, unchanged: 0 };
  await store.transaction(async (tx) => {
    const existing = new Map((await tx.listOrganizations()).map((o) => [organizationId(o.name), o.id]));
    for (const { org } of validation.accepted) {
      const result = await tx.upsertOrganization({
        ...org,
        id: existing.get(organizationId(org.name)) ?? organizationId(org.name),
        updatedAt: now.toISOString(),
      });
      counts[result]++;
    }
  });
  return { rows: validation.rows, ...counts, rejected: validation.rejected };
}

/** Loads an organization or throws `not_found`. */
export async function requireOrganization(store: Store, id: string): Promise<Organization> {
  const org = await store.getOrganization(id);
  if (!org) throw new AppError('not_found', `organization ${id} does not exist`);
  return org;
}

/**
 * Creates (`id` null) or updates an organization from form fields. Throws `bad_input` with the
 * validation's reason, `conflict` when a new organization's name is taken.
 */
export async function saveOrganization(
  store: Store,
  id: string | null,
  fields: OrganizationFields,
  now: Date,
): Promise<Organization> {
  const r = await validateOrganization(fields, storeConditionResolver(store));
  if (!r.ok) throw new AppError('bad_input', r.reason);
  const existing = id ? await requireOrganization(store, id) : null;
  const newId = organizationId(r.org.name);
  if (!existing && (await store.getOrganization(newId)))
    throw new AppError('conflict', `an organization named "${r.org.name}" already exists`);
  const org: Organization = { ...r.org, id: existing?.id ?? newId, updatedAt: now.toISOString() };
  await store.upsertOrganization(org);
  return org;
}

/** Links a condition (id or exact name) to an organization; linking twice is harmless. */
export async function linkCondition(store: Store, id: string, ref: string, now: Date): Promise<Organization> {
  const org = await requireOrganization(store, id);
  const r = await storeConditionResolver(store)(ref.trim());
  if (!r.ok) throw new AppError('bad_input', r.reason);
  if (org.conditionIds.includes(r.id)) return org;
  const next = { ...org, conditionIds: [...org.conditionIds, r.id], updatedAt: now.toISOString() };
  await store.upsertOrganization(next);
  return next;
}

/** Unlinks a condition from an organization. */
export async function unlinkCondition(
  store: Store,
  id: string,
  conditionId: string,
  now: Date,
): Promise<Organization> {
  const org = await requireOrganization(store, id);
  const next = {
    ...org,
    conditionIds: org.conditionIds.filter((c) => c !== conditionId),
    updatedAt: now.toISOString(),
  };
  await store.upsertOrganization(next);
  return next;
}

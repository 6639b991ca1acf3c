/** Pages for organizations: the list with the CSV import, the create/edit form, the import report. */
import type { Condition, Organization } from '../../kb/types.js';
import { field, html, labelled, options, postForm, table, type SafeHtml } from '../layout.js';
import {
  CSV_COLUMNS,
  ORGANIZATION_KINDS,
  ORGANIZATION_KIND_LABELS,
  type ImportReport,
  type OrganizationFields,
} from './organizations.js';
import { kbMenu, type KbPaths } from './views.js';

/** The form fields of an organization as stored (conditions as `;`-separated ids). */
export function organizationFields(org: Organization | null): OrganizationFields {
  return {
    name: org?.name ?? '',
    kind: org?.kind ?? 'patient_organization',
    email: org?.email ?? '',
    phone: org?.phone ?? '',
    website: org?.website ?? '',
    country: org?.country ?? '',
    description: org?.description ?? '',
    conditions: org?.conditionIds.join('; ') ?? '',
  };
}

/** All organizations, a link to add one, and the CSV import form. */
export function organizationsBody(
  paths: KbPaths,
  csrf: string,
  organizations: Organization[],
  conditionNames: Map<string, string>,
): SafeHtml {
  return html`${kbMenu(paths)}
    <p><a href="${paths.organizations}/new">Add an organization</a></p>
    ${
      organizations.length
        ? table({
            head: ['Name', 'Kind', 'Country', 'Conditions'],
            rows: organizations.map((o) => [
              html`<a href="${paths.organization(o.id)}">${o.name}</a>`,
              ORGANIZATION_KIND_LABELS[o.kind],
              o.country ?? '',
              o.conditionIds.map((id, i) => html`${i ? '; ' : ''}${conditionNames.get(id) ?? id}`),
            ]),
          })
        : html`<p>No organizations yet.</p>`
    }
    <h2>Import from CSV</h2>
    <p class="muted">
      A header row with the columns ${CSV_COLUMNS.join(', ')} (and optionally description). Kind is one of
      ${ORGANIZATION_KINDS.join(', ')}; conditions are condition ids or exact names separated by “;”. Rows
      with a problem are listed and skipped; the others are saved together. An organization with the same name
      is updated.
    </p>
    ${postForm(
      `${paths.organizations}/import`,
      csrf,
      html`${field({ id: 'file', label: 'CSV file', type: 'file', attrs: { accept: '.csv,text/csv' } })}
        ${field({ id: 'csv', label: 'or paste the CSV text', type: 'textarea', attrs: { rows: 6 }, below: true })}
        <p><button type="submit">Import</button></p>`,
      { enctype: 'multipart/form-data' },
    )}`;
}

/** The create or edit form (for an existing organization also its conditions and a condition search). */
export function organizationFormBody(
  paths: KbPaths,
  csrf: string,
  org: Organization | null,
  fields: OrganizationFields,
  linked: Condition[],
  search: { query: string; hits: Condition[] },
): SafeHtml {
  const action = org ? paths.organization(org.id) : `${paths.organizations}/new`;
  const input = (key: keyof OrganizationFields, label: string, type = 'text') =>
    field({
      id: `org-${key}`,
      name: key,
      label,
      type,
      value: fields[key],
      attrs: { size: 60, required: key === 'name' },
      below: true,
    });
  /** A one-button form that links or unlinks condition `c`, posting its id as `name`. */
  const conditionButton = (o: Organization, c: Condition, path: string, name: string, verb: string) =>
    postForm(
      `${paths.organization(o.id)}${path}`,
      csrf,
      html`<input type="hidden" name="${name}" value="${c.id}" />
        <button type="submit" aria-label="${verb} ${c.preferredName}">${verb}</button>`,
      { class: 'inline' },
    );
  const conditionTools = org
    ? html`<h2>Linked conditions</h2>
        ${
          linked.length
            ? html`<ul>
                ${linked.map(
                  (c) =>
                    html`<li>
                      <a href="${paths.condition(c.id)}">${c.preferredName}</a>
                      <span class="muted">${c.id}</span>
                      ${conditionButton(org, c, '/conditions/remove', 'conditionId', 'Unlink')}
                    </li>`,
                )}
              </ul>`
            : html`<p>No condition linked yet.</p>`
        }
        <form method="get" action="${paths.organization(org.id)}" role="search">
          ${labelled({ id: 'cq', name: 'q', label: 'Find a condition by name or id', value: search.query })}
          <button type="submit">Search</button>
        </form>
        ${
          search.query
            ? search.hits.length
              ? html`<ul>
                  ${search.hits.map(
                    (c) =>
                      html`<li>
                        ${c.preferredName} <span class="muted">${c.id}</span>
                        ${conditionButton(org, c, '/conditions', 'ref', 'Link')}
                      </li>`,
                  )}
                </ul>`
              : html`<p>No condition matches “${search.query}”.</p>`
            : ''
        }`
    : '';
  return html`${kbMenu(paths)}
    ${postForm(
      action,
      csrf,
      html`${input('name', 'Name')}
        ${field({
          id: 'org-kind',
          name: 'kind',
          label: 'Kind',
          type: 'select',
          options: options(ORGANIZATION_KINDS, (k) => ORGANIZATION_KIND_LABELS[k], fields.kind),
        })}
        ${input('email', 'Email', 'email')} ${input('phone', 'Phone', 'tel')} ${input('website', 'Website')}
        ${input('country', 'Country')}
        ${field({
          id: 'org-description',
          name: 'description',
          label: 'Description',
          type: 'textarea',
          value: fields.description,
          attrs: { rows: 3 },
          below: true,
        })}
        ${field({
          id: 'org-conditions',
          name: 'conditions',
          label: 'Conditions (ids or exact names, separated by “;”)',
          value: fields.conditions,
          attrs: { size: 80 },
          below: true,
        })}
        <p><button type="submit">${org ? 'Save' : 'Create'}</button></p>`,
    )}
    ${conditionTools}
    <style>
      form.inline {
        display: inline;
      }
    </style>`;
}

/** The outcome of a CSV import: counts and every rejected row with its line and reason. */
export function importReportBody(paths: KbPaths, report: ImportReport): SafeHtml {
  const saved = report.inserted + report.updated + report.unchanged;
  return html`${kbMenu(paths)}
    <p role="status">
      Read ${report.rows} row(s): ${saved} saved (${report.inserted} new, ${report.updated} updated,
      ${report.unchanged} unchanged), ${report.rejected.length} rejected.
    </p>
    ${
      report.rejected.length
        ? table({
            caption: 'Rejected rows',
            head: ['Line', 'Name', 'Reason'],
            rows: report.rejected.map((r) => [r.line, r.name, r.reason]),
          })
        : ''
    }
    <p><a href="${paths.organizations}">Back to the organizations</a></p>`;
}

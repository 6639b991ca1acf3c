/** Pages for organizations: the list with the CSV import, the create/edit form, the import report. */
import type { Condition, Organization } from '../../kb/types.js';
import { csrfField, html, type SafeHtml } from '../layout.js';
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
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Country</th>
                <th scope="col">Conditions</th>
              </tr>
            </thead>
            <tbody>
              ${organizations.map(
                (o) =>
                  html`<tr>
                    <td><a href="${paths.organization(o.id)}">${o.name}</a></td>
                    <td>${ORGANIZATION_KIND_LABELS[o.kind]}</td>
                    <td>${o.country ?? ''}</td>
                    <td>
                      ${o.conditionIds.map((id, i) => html`${i ? '; ' : ''}${conditionNames.get(id) ?? id}`)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>No organizations yet.</p>`
    }
    <h2>Import from CSV</h2>
    <p class="muted">
      A header row with the columns ${CSV_COLUMNS.join(', ')} (and optionally description). Kind is one of
      ${ORGANIZATION_KINDS.join(', ')}; conditions are condition ids or exact names separated by “;”. Rows
      with a problem are listed and skipped; the others are saved together. An organization with the same name
      is updated.
    </p>
    <form method="post" action="${paths.organizations}/import" enctype="multipart/form-data">
      ${csrfField(csrf)}
      <p>
        <label for="file">CSV file</label> <input id="file" name="file" type="file" accept=".csv,text/csv" />
      </p>
      <p>
        <label for="csv">or paste the CSV text</label><br />
        <textarea id="csv" name="csv" rows="6"></textarea>
      </p>
      <p><button type="submit">Import</button></p>
    </form>`;
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
    html`<p>
      <label for="org-${key}">${label}</label><br />
      <input
        id="org-${key}"
        name="${key}"
        type="${type}"
        value="${fields[key]}"
        size="60"
        ${key === 'name' ? html`required` : ''}
      />
    </p>`;
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
                      <form
                        method="post"
                        action="${paths.organization(org.id)}/conditions/remove"
                        class="inline"
                      >
                        ${csrfField(csrf)}<input type="hidden" name="conditionId" value="${c.id}" />
                        <button type="submit" aria-label="Unlink ${c.preferredName}">Unlink</button>
                      </form>
                    </li>`,
                )}
              </ul>`
            : html`<p>No condition linked yet.</p>`
        }
        <form method="get" action="${paths.organization(org.id)}" role="search">
          <label for="cq">Find a condition by name or id</label>
          <input id="cq" name="q" value="${search.query}" />
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
                        <form method="post" action="${paths.organization(org.id)}/conditions" class="inline">
                          ${csrfField(csrf)}<input type="hidden" name="ref" value="${c.id}" />
                          <button type="submit" aria-label="Link ${c.preferredName}">Link</button>
                        </form>
                      </li>`,
                  )}
                </ul>`
              : html`<p>No condition matches “${search.query}”.</p>`
            : ''
        }`
    : '';
  return html`${kbMenu(paths)}
    <form method="post" action="${action}">
      ${csrfField(csrf)} ${input('name', 'Name')}
      <p>
        <label for="org-kind">Kind</label>
        <select id="org-kind" name="kind">
          ${ORGANIZATION_KINDS.map(
            (k) =>
              html`<option value="${k}" ${fields.kind === k ? html`selected` : ''}>
                ${ORGANIZATION_KIND_LABELS[k]}
              </option>`,
          )}
        </select>
      </p>
      ${input('email', 'Email', 'email')} ${input('phone', 'Phone', 'tel')} ${input('website', 'Website')}
      ${input('country', 'Country')}
      <p>
        <label for="org-description">Description</label><br />
        <textarea id="org-description" name="description" rows="3">${fields.description}</textarea>
      </p>
      <p>
        <label for="org-conditions">Conditions (ids or exact names, separated by “;”)</label><br />
        <input id="org-conditions" name="conditions" value="${fields.conditions}" size="80" />
      </p>
      <p><button type="submit">${org ? 'Save' : 'Create'}</button></p>
    </form>
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
        ? html`<table>
            <caption>
              Rejected rows
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              ${report.rejected.map(
                (r) =>
                  html`<tr>
                    <td>${r.line}</td>
                    <td>${r.name}</td>
                    <td>${r.reason}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
    <p><a href="${paths.organizations}">Back to the organizations</a></p>`;
}

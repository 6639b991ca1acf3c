/**
 * The knowledge-base curation area of the staff console, mounted at `<base>/kb` (curators and
 * admins only): find a condition, edit its articles as new versions, see and restore versions,
 * mark for review, write new curated articles, list stale articles and content gaps, and keep
 * the organizations (create, edit, link conditions, CSV import).
 *
 * Every change schedules a rebuild of the app's indexes (`app.reload()`, in the background: it takes
 * tens of seconds on the full knowledge base) so the next drafts use it.
 * Forms post back and redirect (post/redirect/get) with a notice; a rejected editor form is shown
 * again as typed, with the reason.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { AppError, isAppError } from '../../errors.js';
import { isQuestionType, type QuestionType } from '../../kb/question-types.js';
import type { Condition, ReviewStatus } from '../../kb/types.js';
import type { Store } from '../../store/types.js';
import { requireRole } from '../auth/index.js';
import type { StaffContext, StaffEnv } from '../context.js';
import { html, staffPage, type SafeHtml } from '../layout.js';
import {
  EDITABLE_REVIEW_STATUSES,
  createCuratedArticle,
  defaultQuestion,
  markArticleForReview,
  requireArticle,
  restoreArticleVersion,
  saveArticleEdit,
  staleCutoff,
} from './articles.js';
import {
  citationWarnings,
  editorState,
  editorStateFromForm,
  field,
  parseArticleForm,
  type EditorState,
  type FormBody,
} from './editor.js';
import { reloadInBackground } from './reload.js';
import { describeContentGaps, draftedInquiries, groupContentGaps, loadInquiriesWithReplies } from './gaps.js';
import {
  importReportBody,
  organizationFields,
  organizationFormBody,
  organizationsBody,
} from './org-views.js';
import {
  CSV_COLUMNS,
  importOrganizationsCsv,
  linkCondition,
  requireOrganization,
  saveOrganization,
  unlinkCondition,
  type OrganizationFields,
} from './organizations.js';
import {
  KB_CSS,
  KbPaths,
  articleEditorBody,
  conditionBody,
  conditionSearchBody,
  gapsBody,
  newArticleBody,
  staleBody,
  versionsBody,
} from './views.js';

export { groupContentGaps, describeContentGaps, draftedInquiries, loadInquiriesWithReplies } from './gaps.js';
export type { ContentGap, ContentGapView, DraftedInquiry, InquiryWithReply } from './gaps.js';
export {
  importOrganizationsCsv,
  validateOrganizationsCsv,
  storeConditionResolver,
  type ImportReport,
  type RejectedRow,
} from './organizations.js';
export { scheduleReload, reloadInBackground, reloadsSettled } from './reload.js';
export { CURATED_LICENSE, createCuratedArticle, saveArticleEdit, restoreArticleVersion } from './articles.js';

/** Limits of the area. */
export const CURATION_LIMITS = {
  /** Largest CSV accepted for import. */
  maxCsvBytes: 2 * 1024 * 1024,
  /** Stale articles listed per page. */
  staleListed: 200,
  /** Condition search results shown. */
  searchHits: 20,
} as const;

/** Notices shown after a redirect, by code (never echoing request text). */
const NOTICES: Record<string, string> = {
  saved: 'Saved as a new version.',
  unchanged: 'Nothing changed, so no new version was made.',
  created: 'Article created.',
  restored: 'Version restored as a new version.',
  review: 'Marked for review.',
  'org-saved': 'Organization saved.',
  'org-created': 'Organization created.',
  linked: 'Condition linked.',
  unlinked: 'Condition unlinked.',
};

type Ctx = Context<StaffEnv>;

/** Renders a page of the area in the console frame. */
function page(
  c: Ctx,
  ctx: StaffContext,
  title: string,
  body: SafeHtml,
  opts: { error?: string; status?: 200 | 400 | 404 | 409 } = {},
) {
  const notice = NOTICES[c.req.query('done') ?? ''] ?? null;
  return c.html(
    staffPage({
      title,
      user: c.get('user'),
      csrf: c.get('session').csrf,
      base: ctx.base,
      active: 'kb',
      body: html`${KB_CSS}${body}`,
      notice,
      error: opts.error ?? null,
    }),
    opts.status ?? 200,
  );
}

async function requireCondition(store: Store, id: string): Promise<Condition> {
  const condition = await store.getCondition(id);
  if (!condition) throw new AppError('not_found', `condition ${id} does not exist`);
  return condition;
}

/** The review status chosen in the editor (only the editable ones are accepted). */
function chosenReviewStatus(body: FormBody, fallback: ReviewStatus): ReviewStatus {
  const value = field(body, 'reviewStatus');
  return EDITABLE_REVIEW_STATUSES.find((s) => s === value) ?? fallback;
}

/** The form fields of an organization from a posted form. */
function orgFieldsFromForm(body: FormBody): OrganizationFields {
  const keys = [...CSV_COLUMNS, 'description'] as const;
  return Object.fromEntries(keys.map((k) => [k, field(body, k)])) as OrganizationFields;
}

/** Conditions found by name (typo-tolerant) or by exact id, with the name that matched. */
async function findConditions(
  ctx: StaffContext,
  query: string,
): Promise<Array<{ condition: Condition; matchedName: string }>> {
  const q = query.trim();
  if (q === '') return [];
  const byId = /^[A-Za-z]+:\S+$/.test(q) ? await ctx.app.store.getCondition(q) : null;
  const hits = await ctx.app.searchConditions(q, CURATION_LIMITS.searchHits);
  if (!byId) return hits;
  return [{ condition: byId, matchedName: byId.id }, ...hits.filter((h) => h.condition.id !== byId.id)];
}

/** The curation router; mount it at `<base>/kb` inside the staff router (after sign-in and CSRF guards). */
export function curationRouter(ctx: StaffContext): Hono<StaffEnv> {
  const router = new Hono<StaffEnv>();
  const paths = new KbPaths(ctx.base);
  const store = () => ctx.app.store;
  const actor = (c: Ctx) => c.get('user').id;
  const body = async (c: Ctx) => (await c.req.parseBody()) as FormBody;
  const param = (c: Ctx, name: string) => c.req.param(name) ?? '';

  router.use('*', requireRole('curator'));

  router.get('/', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    const hits = await findConditions(ctx, q);
    return page(c, ctx, 'Knowledge base', conditionSearchBody(paths, q, hits));
  });

  router.get('/conditions/:id', async (c) => {
    const condition = await requireCondition(store(), param(c, 'id'));
    const [articles, orgs] = await Promise.all([
      store().listArticlesByCondition(condition.id),
      store().listOrganizationsForCondition(condition.id),
    ]);
    return page(c, ctx, condition.preferredName, conditionBody(paths, condition, articles, orgs));
  });

  // ---- new curated article (before /articles/:id so "new" is not taken for an id) ----

  const newArticlePage = async (
    c: Ctx,
    conditionId: string,
    type: string,
    state: EditorState | null,
    review: ReviewStatus,
    error?: string,
  ) => {
    const condition = await requireCondition(store(), conditionId);
    const qtype: QuestionType = isQuestionType(type) ? type : 'information';
    const initial =
      state ??
      editorState({ question: defaultQuestion(qtype, condition.preferredName), blocks: [], references: [] });
    const title = `New article: ${condition.preferredName}`;
    const bodyHtml = newArticleBody(paths, c.get('session').csrf, condition, qtype, initial, review);
    return page(c, ctx, title, bodyHtml, error ? { error, status: 400 } : {});
  };

  router.get('/articles/new', (c) =>
    newArticlePage(c, c.req.query('conditionId') ?? '', c.req.query('type') ?? '', null, 'draft'),
  );

  router.post('/articles/new', async (c) => {
    const form = await body(c);
    const conditionId = field(form, 'conditionId');
    const review = chosenReviewStatus(form, 'draft');
    try {
      const edit = parseArticleForm(form);
      const input = { conditionId, questionType: field(form, 'questionType') };
      const { article } = await createCuratedArticle(store(), input, edit, review, actor(c), ctx.now());
      reloadInBackground(ctx.app);
      return c.redirect(`${paths.article(article.id)}?done=created`, 303);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'bad_input') throw err;
      return newArticlePage(
        c,
        conditionId,
        field(form, 'questionType'),
        editorStateFromForm(form),
        review,
        err.message,
      );
    }
  });

  // ---- one article ----

  const editorPage = async (
    c: Ctx,
    id: string,
    state: EditorState | null,
    review: ReviewStatus | null,
    error?: string,
  ) => {
    const article = await requireArticle(store(), id);
    const condition = await store().getCondition(article.conditionId);
    const shown = state ?? editorState(article);
    const bodyHtml = articleEditorBody(
      paths,
      c.get('session').csrf,
      article,
      condition?.preferredName ?? null,
      shown,
      review ?? article.reviewStatus,
      state ? [] : citationWarnings(article.blocks, article.references.length),
    );
    return page(c, ctx, `Edit ${article.id}`, bodyHtml, error ? { error, status: 400 } : {});
  };

  router.get('/articles/:id', (c) => editorPage(c, param(c, 'id'), null, null));

  router.post('/articles/:id', async (c) => {
    const id = param(c, 'id');
    const form = await body(c);
    const current = await requireArticle(store(), id);
    const review = chosenReviewStatus(form, current.reviewStatus);
    try {
      const edit = parseArticleForm(form);
      const { result } = await saveArticleEdit(store(), id, edit, review, actor(c), ctx.now());
      if (result !== 'unchanged') reloadInBackground(ctx.app);
      return c.redirect(`${paths.article(id)}?done=${result === 'unchanged' ? 'unchanged' : 'saved'}`, 303);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'bad_input') throw err;
      return editorPage(c, id, editorStateFromForm(form), review, err.message);
    }
  });

  router.post('/articles/:id/review', async (c) => {
    const id = param(c, 'id');
    const { result } = await markArticleForReview(store(), id, field(await body(c), 'reason'), actor(c));
    if (result !== 'unchanged') reloadInBackground(ctx.app);
    return c.redirect(`${paths.article(id)}?done=review`, 303);
  });

  router.get('/articles/:id/versions', async (c) => {
    const article = await requireArticle(store(), param(c, 'id'));
    const [versions, users] = await Promise.all([
      store().listArticleVersions(article.id),
      store().listUsers(),
    ]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    const bodyHtml = versionsBody(paths, c.get('session').csrf, article, versions, names);
    return page(c, ctx, `Versions of ${article.id}`, bodyHtml);
  });

  router.post('/articles/:id/versions/:version/restore', async (c) => {
    const id = param(c, 'id');
    const version = Number(param(c, 'version'));
    if (!Number.isInteger(version) || version < 1)
      throw new AppError('bad_input', 'version: not a version number');
    await restoreArticleVersion(store(), id, version, actor(c), ctx.now());
    reloadInBackground(ctx.app);
    return c.redirect(`${paths.versions(id)}?done=restored`, 303);
  });

  // ---- lists ----

  router.get('/stale', async (c) => {
    const days = ctx.app.config.staleAfterDays;
    const cutoff = staleCutoff(ctx.now(), days);
    const articles = await store().listStaleArticles(cutoff, CURATION_LIMITS.staleListed);
    return page(
      c,
      ctx,
      'Stale articles',
      staleBody(paths, cutoff, days, articles, CURATION_LIMITS.staleListed),
    );
  });

  router.get('/gaps', async (c) => {
    const records = await loadInquiriesWithReplies(store());
    const gaps = await describeContentGaps(store(), groupContentGaps(draftedInquiries(records)));
    return page(c, ctx, 'Content gaps', gapsBody(paths, gaps));
  });

  // ---- organizations ----

  router.get('/organizations', async (c) => {
    const orgs = await store().listOrganizations();
    const names = new Map<string, string>();
    for (const id of new Set(orgs.flatMap((o) => o.conditionIds))) {
      const condition = await store().getCondition(id);
      if (condition) names.set(id, condition.preferredName);
    }
    return page(c, ctx, 'Organizations', organizationsBody(paths, c.get('session').csrf, orgs, names));
  });

  router.post('/organizations/import', async (c) => {
    const form = await body(c);
    const file = form['file'];
    let text = field(form, 'csv');
    if (file instanceof File && file.size > 0) {
      if (file.size > CURATION_LIMITS.maxCsvBytes)
        throw new AppError(
          'too_large',
          `the CSV file is over ${CURATION_LIMITS.maxCsvBytes / 1024 / 1024} MB`,
        );
      text = await file.text();
    }
    if (text.length > CURATION_LIMITS.maxCsvBytes)
      throw new AppError('too_large', 'the CSV text is too long');
    if (text.trim() === '') throw new AppError('bad_input', 'file: choose a CSV file or paste its text');
    const report = await importOrganizationsCsv(store(), text, ctx.now());
    if (report.inserted + report.updated > 0) reloadInBackground(ctx.app);
    return page(c, ctx, 'Organization import', importReportBody(paths, report));
  });

  const orgPage = async (c: Ctx, id: string | null, fields: OrganizationFields | null, error?: string) => {
    const org = id ? await requireOrganization(store(), id) : null;
    const linked: Condition[] = [];
    for (const cid of org?.conditionIds ?? []) {
      const condition = await store().getCondition(cid);
      if (condition) linked.push(condition);
    }
    const query = c.req.query('q') ?? '';
    const search = { query, hits: org ? (await findConditions(ctx, query)).map((h) => h.condition) : [] };
    const bodyHtml = organizationFormBody(
      paths,
      c.get('session').csrf,
      org,
      fields ?? organizationFields(org),
      linked,
      search,
    );
    return page(c, ctx, org ? org.name : 'New organization', bodyHtml, error ? { error, status: 400 } : {});
  };

  const saveOrg = async (c: Ctx, id: string | null) => {
    const form = await body(c);
    try {
      const org = await saveOrganization(store(), id, orgFieldsFromForm(form), ctx.now());
      reloadInBackground(ctx.app);
      return c.redirect(`${paths.organization(org.id)}?done=${id ? 'org-saved' : 'org-created'}`, 303);
    } catch (err) {
      if (!isAppError(err) || (err.code !== 'bad_input' && err.code !== 'conflict')) throw err;
      return orgPage(c, id, orgFieldsFromForm(form), err.message);
    }
  };

  router.get('/organizations/new', (c) => orgPage(c, null, null));
  router.post('/organizations/new', (c) => saveOrg(c, null));
  router.get('/organizations/:id', (c) => orgPage(c, param(c, 'id'), null));
  router.post('/organizations/:id', (c) => saveOrg(c, param(c, 'id')));

  router.post('/organizations/:id/conditions', async (c) => {
    const id = param(c, 'id');
    await linkCondition(store(), id, field(await body(c), 'ref'), ctx.now());
    reloadInBackground(ctx.app);
    return c.redirect(`${paths.organization(id)}?done=linked`, 303);
  });

  router.post('/organizations/:id/conditions/remove', async (c) => {
    const id = param(c, 'id');
    await unlinkCondition(store(), id, field(await body(c), 'conditionId'), ctx.now());
    reloadInBackground(ctx.app);
    return c.redirect(`${paths.organization(id)}?done=unlinked`, 303);
  });

  return router;
}

/** Routes of the inquiries area (specialists and admins): queue, inquiry page, actions, preview, publish. */
import type { Context, Hono } from 'hono';
import { AppError, isAppError } from '../../errors.js';
import { isQuestionType } from '../../kb/index.js';
import type { Reference } from '../../kb/index.js';
import type { InquiryFilter, StaffUser } from '../../store/types.js';
import type { StaffContext, StaffEnv } from '../context.js';
import { requireRole } from '../auth/index.js';
import { field, html, option, postForm, staffPage } from '../layout.js';
import type { SafeHtml } from '../layout.js';
import { preparePublication, publishInquiry } from '../publish.js';
import { redact } from '../redact.js';
import type { PublicationDraft } from '../publish.js';
import { composeMail, sendReply } from '../send.js';
import {
  addSectionOrganization,
  addSectionReference,
  assign,
  claim,
  closeInquiry,
  correctAnalysis,
  editSection,
  loadCase,
  release,
  swapSectionArticle,
} from '../workflow.js';
import type { AnalysisCorrection } from '../workflow.js';
import { inquiryBody } from '../views/inquiry.js';
import { queueBody, STATUSES } from '../views/queue.js';
import { formString, formStrings } from './util.js';

/** Fixed notices shown after an action (`?done=<key>`), so no request text is reflected. */
const NOTICES: Record<string, string> = {
  claimed: 'You are now answering this inquiry.',
  assigned: 'Inquiry assigned.',
  released: 'Inquiry released to the queue.',
  closed: 'Inquiry closed.',
  redrafted: 'Analysis saved; the reply was drafted again.',
  edited: 'Section saved.',
  swapped: 'Article swapped in.',
  reference: 'Reference added.',
  organization: 'Organization added.',
  sent: 'Reply sent.',
  send_failed: 'Sending failed; the reply is still queued.',
  published: 'Published on the condition page.',
};

/** Reads the section number from the path. */
function sectionIndex(c: Context): number {
  const index = Number(c.req.param('n'));
  if (!Number.isInteger(index) || index < 0) throw new AppError('bad_input', 'section number is not valid');
  return index;
}

/** Resolves a condition typed as an id (`GARD:123`) or a name (best match). */
async function resolveCondition(ctx: StaffContext, query: string): Promise<string | null> {
  const q = query.trim();
  if (!q) return null;
  if (/^[A-Z]+:\S+$/.test(q)) return q;
  return (await ctx.app.searchConditions(q, 1))[0]?.condition.id ?? null;
}

export function registerInquiryRoutes(router: Hono<StaffEnv>, ctx: StaffContext): void {
  const { app, base } = ctx;
  const smtp = () => ctx.options.smtp ?? app.config.smtp;
  /** Who is looking, for the views: mount path, CSRF token, user. */
  const viewer = (c: Context<StaffEnv>) => ({ base, csrf: c.get('session').csrf, user: c.get('user') });
  const page = (
    c: Context<StaffEnv>,
    title: string,
    body: SafeHtml,
    status: 200 | 400 = 200,
    error?: string,
  ) =>
    c.html(
      staffPage({
        title,
        user: c.get('user'),
        csrf: c.get('session').csrf,
        base,
        active: 'inquiries',
        body,
        notice: NOTICES[c.req.query('done') ?? ''] ?? null,
        error,
      }),
      status,
    );
  const back = (c: Context<StaffEnv>, id: string, done: string) =>
    c.redirect(`${base}/inquiries/${encodeURIComponent(id)}?done=${done}`, 303);
  const act = (
    path: string,
    done: string,
    run: (c: Context<StaffEnv>, user: StaffUser, id: string) => Promise<unknown>,
  ) =>
    router.post(`/inquiries/:id/${path}`, requireRole('specialist'), async (c) => {
      const id = c.req.param('id');
      await run(c, c.get('user'), id);
      return back(c, id, done);
    });

  router.get('/inquiries', requireRole('specialist'), async (c) => {
    const q = c.req.query();
    const filter: InquiryFilter = { limit: 200 };
    const status = q.status ?? '';
    if ((STATUSES as readonly string[]).includes(status)) filter.status = status as InquiryFilter['status'];
    if (q.type && isQuestionType(q.type)) filter.questionType = q.type;
    if (q.assignee) filter.assigneeId = q.assignee;
    const conditionQuery = q.condition ?? '';
    const conditionId = await resolveCondition(ctx, conditionQuery);
    if (conditionQuery && !conditionId) {
      return page(c, 'Inquiries', html`<p>No condition matches “${conditionQuery}”.</p>`, 400);
    }
    if (conditionId) filter.conditionId = conditionId;
    let inquiries = await app.store.listInquiries(filter);
    if (!status) inquiries = inquiries.filter((i) => i.status !== 'sent' && i.status !== 'closed');
    const body = queueBody({
      ...viewer(c),
      inquiries,
      filter,
      conditionQuery,
      users: await app.store.listUsers(),
      now: ctx.now(),
    });
    return page(c, 'Inquiries', body);
  });

  router.get('/inquiries/:id', requireRole('specialist'), async (c) => {
    const { inquiry, reply } = await loadCase(app, c.req.param('id'));
    const conditionIds = inquiry.analysis?.foci.map((f) => f.conditionId) ?? [];
    const organizations = (
      await Promise.all(conditionIds.map((id) => app.store.listOrganizationsForCondition(id)))
    ).flat();
    const body = inquiryBody({
      ...viewer(c),
      inquiry,
      reply,
      audit: await app.store.listAudit(inquiry.id),
      users: await app.store.listUsers(),
      organizations,
    });
    return page(c, `Inquiry ${inquiry.reference}`, body);
  });

  act('claim', 'claimed', (_c, user, id) => claim(app, user, id));
  act('release', 'released', (_c, user, id) => release(app, user, id));
  act('close', 'closed', (_c, user, id) => closeInquiry(app, user, id));
  act('assign', 'assigned', async (c, user, id) => {
    const body = await c.req.parseBody();
    return assign(app, user, id, formString(body, 'assigneeId'), formString(body, 'force') === 'yes');
  });
  act('analysis', 'redrafted', async (c, user, id) => {
    const body = await c.req.parseBody({ all: true });
    return correctAnalysis(app, user, id, await readCorrection(ctx, body));
  });
  act('sections/:n/text', 'edited', async (c, user, id) => {
    const body = await c.req.parseBody();
    return editSection(app, user, id, sectionIndex(c), formString(body, 'text'));
  });
  act('sections/:n/swap', 'swapped', async (c, user, id) => {
    const body = await c.req.parseBody();
    return swapSectionArticle(app, user, id, sectionIndex(c), formString(body, 'articleId'));
  });
  act('sections/:n/reference', 'reference', async (c, user, id) => {
    const body = await c.req.parseBody();
    const field = (name: string) => formString(body, name).trim() || null;
    const reference: Reference = {
      title: formString(body, 'title').trim(),
      authors: field('authors'),
      journal: field('journal'),
      date: field('date'),
      volume: null,
      issue: null,
      pages: null,
      pmid: field('pmid'),
      url: field('url'),
    };
    return addSectionReference(app, user, id, sectionIndex(c), reference);
  });
  act('sections/:n/organization', 'organization', async (c, user, id) => {
    const body = await c.req.parseBody();
    return addSectionOrganization(app, user, id, sectionIndex(c), formString(body, 'organizationId').trim());
  });

  router.post('/inquiries/:id/send', requireRole('specialist'), async (c) => {
    const id = c.req.param('id');
    const reply = await sendReply(app, smtp(), c.get('user'), id);
    return back(c, id, reply.status === 'sent' ? 'sent' : 'send_failed');
  });

  router.get('/inquiries/:id/preview', requireRole('specialist'), async (c) => {
    const { inquiry, reply } = await loadCase(app, c.req.param('id'));
    if (!reply) throw new AppError('not_found', `inquiry ${inquiry.reference} has no reply to preview`);
    const mail = composeMail(app, smtp(), inquiry, reply);
    const body = html`<p><a href="${base}/inquiries/${inquiry.id}">Back to the inquiry</a></p>
      <dl class="facts">
        <dt>From</dt>
        <dd>${mail.from}</dd>
        <dt>To</dt>
        <dd>${mail.to}</dd>
        <dt>Subject</dt>
        <dd>${mail.subject}</dd>
        <dt>Message-ID</dt>
        <dd>${mail.messageId}</dd>
      </dl>
      <h2>HTML version</h2>
      <iframe
        title="HTML version of the reply"
        sandbox=""
        srcdoc="${mail.html}"
        style="width:100%;height:32rem;border:1px solid #bbb"
      ></iframe>
      <h2>Text version</h2>
      <pre id="preview-text">${mail.text}</pre>`;
    return page(c, `Preview of the reply to ${inquiry.reference}`, body);
  });

  router.get('/inquiries/:id/publish', requireRole('specialist'), async (c) => {
    const { inquiry } = await loadCase(app, c.req.param('id'));
    const draft = await preparePublication(app, inquiry.id);
    return page(
      c,
      `Publish ${inquiry.reference}`,
      publishForm(ctx, c.get('session').csrf, inquiry.id, draft),
    );
  });

  router.post('/inquiries/:id/publish', requireRole('specialist'), async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody({ all: true });
    const draft = await preparePublication(app, id);
    const input = {
      conditionId: formString(body, 'conditionId'),
      question: formString(body, 'question'),
      sections: draft.sections.map((_s, i) => formString(body, `section_${i}`)),
      confirmed: formString(body, 'confirmed') === 'yes',
    };
    try {
      await publishInquiry(app, c.get('user'), id, input);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'bad_input') throw err;
      // Show the form again with the specialist's text (redacted once more) and the problem.
      const again = preparePublicationFromInput(draft, input);
      return page(c, 'Publish', publishForm(ctx, c.get('session').csrf, id, again), 400, err.message);
    }
    return back(c, id, 'published');
  });
}

/** Reads the analysis correction form. */
async function readCorrection(ctx: StaffContext, body: Record<string, unknown>): Promise<AnalysisCorrection> {
  const form = body as Parameters<typeof formString>[0];
  const conditionIds = formStrings(form, 'condition');
  const added = formString(form, 'add_condition');
  if (added.trim()) {
    const id = await resolveCondition(ctx, added);
    if (!id)
      throw new AppError('bad_input', `no condition matches “${added.trim()}”`, { field: 'add_condition' });
    conditionIds.push(id);
  }
  const subquestions = formStrings(form, 'sq_keep').map((i) => ({
    type: formString(form, `sq_type_${i}`),
    focus: formString(form, `sq_focus_${i}`) || null,
    text: formString(form, `sq_text_${i}`),
  }));
  const newType = formString(form, 'new_type');
  if (newType) {
    subquestions.push({
      type: newType,
      focus: conditionIds[0] ?? null,
      text: formString(form, 'new_text').trim(),
    });
  }
  return { conditionIds, subquestions };
}

function preparePublicationFromInput(
  draft: PublicationDraft,
  input: { conditionId: string; question: string; sections: string[] },
): PublicationDraft {
  return {
    ...draft,
    question: redact(input.question).text,
    sections: draft.sections.map((s, i) => ({
      heading: s.heading,
      text: redact(input.sections[i] ?? '').text,
    })),
  };
}

function publishForm(ctx: StaffContext, csrf: string, id: string, draft: PublicationDraft): SafeHtml {
  const removed = Object.entries(draft.removed)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  return html`<p>
      Personal data was removed automatically${removed ? ` (${removed})` : ' (none found)'}. Read the text,
      edit it if anything could still identify the person, and confirm.
    </p>
    ${postForm(
      `${ctx.base}/inquiries/${id}/publish`,
      csrf,
      html`${field({
          id: 'pub-condition',
          name: 'conditionId',
          label: 'Condition page',
          type: 'select',
          options: draft.conditions.map((c) => option(c.id, c.name)),
        })}
        ${field({ id: 'pub-question', name: 'question', label: 'Question', type: 'textarea', value: draft.question, attrs: { rows: 6 } })}
        ${draft.sections.map((s, i) =>
          field({
            id: `pub-section-${i}`,
            name: `section_${i}`,
            label: s.heading,
            type: 'textarea',
            value: s.text,
            attrs: { rows: 8 },
          }),
        )}
        ${field({
          id: 'pub-confirm',
          name: 'confirmed',
          label: 'I have read the text: it contains no names, contact details, addresses or dates of birth.',
          type: 'checkbox',
          value: 'yes',
        })} <button type="submit">Publish</button>`,
    )}`;
}

/** The staff JSON API (same session cookie; 401 JSON when signed out, 403 JSON for the wrong role). */
import type { Hono } from 'hono';
import type { StaffContext, StaffEnv } from '../context.js';
import { requireRole } from '../auth/index.js';
import { loadCase } from '../workflow.js';
import { isQuestionType } from '../../kb/index.js';
import type { InquiryFilter, InquiryStatus } from '../../store/types.js';
import { STATUSES } from '../views/queue.js';

export function registerApiRoutes(router: Hono<StaffEnv>, ctx: StaffContext): void {
  const { store } = ctx.app;

  router.get('/api/me', (c) => {
    const { id, name, email, role } = c.get('user');
    return c.json({ id, name, email, role, csrf: c.get('session').csrf });
  });

  router.get('/api/inquiries', requireRole('specialist'), async (c) => {
    const q = c.req.query();
    const filter: InquiryFilter = {
      limit: Math.min(Number(q.limit) || 100, 500),
      offset: Number(q.offset) || 0,
    };
    if (q.status && (STATUSES as readonly string[]).includes(q.status))
      filter.status = q.status as InquiryStatus;
    if (q.type && isQuestionType(q.type)) filter.questionType = q.type;
    if (q.condition) filter.conditionId = q.condition;
    if (q.assignee) filter.assigneeId = q.assignee;
    const inquiries = await store.listInquiries(filter);
    return c.json({
      inquiries: inquiries.map((i) => ({
        id: i.id,
        reference: i.reference,
        status: i.status,
        channel: i.channel,
        receivedAt: i.receivedAt,
        assigneeId: i.assigneeId,
        conditions: i.analysis?.foci.map((f) => f.conditionId) ?? [],
        types: i.analysis?.subquestions.map((s) => s.type) ?? [],
      })),
    });
  });

  router.get('/api/inquiries/:id', requireRole('specialist'), async (c) => {
    const { inquiry, reply } = await loadCase(ctx.app, c.req.param('id'));
    return c.json({ inquiry, reply, audit: await store.listAudit(inquiry.id) });
  });
}

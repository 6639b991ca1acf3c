/**
 * The desk: receiving inquiries and the staff console. The public door of src/desk.
 *
 * - `receiveInquiry(app, input)`: store, analyze and draft a person's question.
 * - `createStaffRouter(app, options)`: the console, mounted at `/staff`.
 * - For the console's other areas (curation, dashboard): `StaffContext`, `StaffEnv`,
 *   `requireRole`, and the layout helpers (`staffPage`, `html`, `raw`, `csrfField`).
 */
export { receiveInquiry, validateInquiry, isEmailAddress, INQUIRY_LIMITS } from './receive.js';
export { createStaffRouter, createStaffContext } from './router.js';
export type { StaffOptions, StaffContext, StaffEnv, StaffSession } from './context.js';
export { requireRole, hashPassword, verifyPassword } from './auth/index.js';
export { staffPage, html, raw, escapeHtml, csrfField, SafeHtml, canAccess } from './layout.js';
export type { StaffPageOptions } from './layout.js';
export { createStaffUser, changePassword, parseRole, STAFF_ROLES } from './users.js';
export type { NewStaffUser } from './users.js';
export { importInbox, parseMessage, splitMbox } from './inbox.js';
export type { InboxReport, InboxMessage } from './inbox.js';
export { sendReply, composeMail } from './send.js';
export type { OutgoingMail } from './send.js';
export { redact } from './redact.js';
export type { RedactionResult, RedactOptions, RedactionKind } from './redact.js';
export { preparePublication, publishInquiry } from './publish.js';

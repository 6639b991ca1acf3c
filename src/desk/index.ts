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

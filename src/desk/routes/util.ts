/** Small helpers shared by the staff routes. */
import type { StaffContext } from '../context.js';
import type { StaffUser } from '../../store/types.js';

type Body = Record<string, string | File | (string | File)[]>;

/** A form field as a string ('' when missing or a file). */
export function formString(body: Body, name: string): string {
  const value = body[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

/** A repeated form field (`name[]` or `name` sent several times) as strings. */
export function formStrings(body: Body, name: string): string[] {
  const value = body[`${name}[]`] ?? body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

/** Where a user lands after signing in: their main area. */
export function homePath(ctx: StaffContext, user: StaffUser): string {
  if (user.role === 'curator') return `${ctx.base}/kb`;
  return `${ctx.base}/inquiries`;
}

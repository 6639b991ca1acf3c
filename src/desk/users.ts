/** Staff accounts: creating them (CLI and admin page), changing roles, unlocking, passwords. */
import { AppError } from '../errors.js';
import type { DeskStore, StaffRole, StaffUser } from '../store/types.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './auth/index.js';
import { isEmailAddress } from './receive.js';

export const STAFF_ROLES: readonly StaffRole[] = ['specialist', 'curator', 'admin'];

/** Narrows a string to a staff role; `bad_input` otherwise. */
export function parseRole(value: string): StaffRole {
  if ((STAFF_ROLES as readonly string[]).includes(value)) return value as StaffRole;
  throw new AppError('bad_input', `role must be one of ${STAFF_ROLES.join(', ')}`, { field: 'role' });
}

export interface NewStaffUser {
  email: string;
  name: string;
  role: string;
  password: string;
}

/** Creates a staff account with a hashed password; `conflict` if the email is taken. */
export async function createStaffUser(store: DeskStore, input: NewStaffUser): Promise<StaffUser> {
  const email = input.email.trim().toLowerCase();
  if (!isEmailAddress(email))
    throw new AppError('bad_input', 'email is not a valid email address', { field: 'email' });
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 200)
    throw new AppError('bad_input', 'name must be 1 to 200 characters', { field: 'name' });
  const role = parseRole(input.role);
  checkPasswordStrength(input.password);
  if (await store.getUserByEmail(email))
    throw new AppError('conflict', `an account for ${email} already exists`);
  return store.createUser({ email, name, role, passwordHash: await hashPassword(input.password) });
}

/** Changes a password after checking the current one. Ends the user's other sessions. */
export async function changePassword(
  store: DeskStore,
  user: StaffUser,
  current: string,
  next: string,
): Promise<StaffUser> {
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError('bad_input', 'the current password is wrong', { field: 'current' });
  }
  checkPasswordStrength(next);
  return store.updateUser(user.id, {
    passwordHash: await hashPassword(next),
    sessionGeneration: user.sessionGeneration + 1,
  });
}

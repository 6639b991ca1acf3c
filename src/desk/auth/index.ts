/** Staff authentication: passwords, signed-cookie sessions, CSRF, throttling, role checks. */
export { hashPassword, verifyPassword, checkPasswordStrength, MIN_PASSWORD_LENGTH } from './password.js';
export { randomToken, SESSION_COOKIE, LOGIN_CSRF_COOKIE } from './session.js';
export {
  loadSession,
  requireSignIn,
  verifyCsrf,
  requireRole,
  isApiRequest,
  writeSessionCookie,
  clearSessionCookie,
} from './middleware.js';
export { AttemptCounter, LOGIN_LIMITS, isLocked, lockUntil } from './ratelimit.js';

/** Why a sign-in failed, as recorded in login_attempts.reason. */
export const LOGIN_REFUSALS = ['unknown-email', 'wrong-password', 'inactive', 'throttled'] as const;
export type LoginRefusal = (typeof LOGIN_REFUSALS)[number];

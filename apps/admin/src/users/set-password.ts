/** The API's bounds on a password. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'mismatch';

/** What keeps a new password from being sent: its length, then whether it was typed the same twice. */
export function passwordProblems(
  password: string,
  confirmation: string,
): {
  password?: PasswordProblem;
  confirmation?: PasswordProblem;
} {
  if (password.length < PASSWORD_MIN) return { password: 'tooShort' };
  if (password.length > PASSWORD_MAX) return { password: 'tooLong' };
  return password === confirmation ? {} : { confirmation: 'mismatch' };
}

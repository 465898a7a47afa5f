import type { Page } from 'playwright-core';
import { baseUrl } from './browser.js';

export const DEMO_PASSWORD = 'demo-zi-2026';

interface LoginOptions {
  password?: string;
  /** The API's origin, for a test that runs its own. */
  origin?: string;
}

/** Fills and sends the portal's login form, without waiting for the outcome. */
export async function submitLogin(page: Page, email: string, options: LoginOptions = {}): Promise<void> {
  await page.goto(`${options.origin ?? baseUrl}/admin/`);
  await page.waitForURL(/\/admin\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(options.password ?? DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the portal's login form and waits until the portal shows who is signed in. */
export async function login(page: Page, email: string, options: LoginOptions = {}): Promise<void> {
  await submitLogin(page, email, options);
  await page.getByTestId('current-user').waitFor();
}

/** Asks the admin API as the signed-in user of a page, with its session cookie. */
export async function adminApi<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
  origin = baseUrl,
): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(`${origin}/admin/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const DAY_MS = 86_400_000;

/** Today in Jakarta, `days` later, as `YYYY-MM-DD`: due dates and sessions are days in Indonesia. */
export const jakartaDay = (days = 0) =>
  new Date(Date.now() + 7 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

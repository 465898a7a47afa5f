import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login, submitLogin } from './session.js';

describe.skipIf(browserMissing)('admin portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('refuses a wrong password with a clear message', async () => {
    const page = await newPage(browser);
    await submitLogin(page, 'admin@demo.zi.id', { password: 'wrong-password' });
    await expect.poll(() => page.getByTestId('login-error').count()).toBe(1);
    expect(await page.getByTestId('login-error').textContent()).toContain('Email atau kata sandi salah.');
    expect(page.url()).toContain('/admin/login');
    await screenshot(page, 'admin-login-error');
  });

  it('logs in, filters the units list, and logs out', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('Inspektur Demo');
    await expect.poll(() => page.getByTestId('total-count').textContent()).toContain('253');

    await page.getByTestId('filter-stage').selectOption('BUILDING');
    await expect.poll(() => page.url()).toContain('stage=BUILDING');
    await expect.poll(() => page.getByTestId('unit-row').count()).toBe(6);
    await screenshot(page, 'admin-units-filtered');

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/admin\/login/);
    await page.goto(`${baseUrl}/admin/`);
    await page.waitForURL(/\/admin\/login/);
  });

  it('shows a unit operator only their own unit', async () => {
    const page = await newPage(browser);
    await login(page, 'operator@demo.zi.id');
    await expect.poll(() => page.getByTestId('unit-row').count()).toBe(1);
    expect(await page.getByTestId('unit-row').textContent()).toContain('Pelayanan Terpadu Satu Pintu');
    // One unit: no search or filters to offer.
    expect(await page.getByTestId('filter-stage').count()).toBe(0);
  });
});

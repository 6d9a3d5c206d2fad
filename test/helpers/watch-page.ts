import type { Page } from 'playwright-core';

/**
 * What a page does that a self-contained output must not: its console errors (and uncaught
 * errors), and its requests for anything but data: URLs and about:blank, recorded as they happen.
 */
export function watchPage(page: Page): { readonly errors: string[]; readonly requests: string[] } {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
  });
  return { errors, requests };
}

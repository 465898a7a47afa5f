import type { commonId } from './common.id';

export const commonEn: Record<keyof typeof commonId, string> = {
  'language.switch': 'Bahasa Indonesia',

  'layout.skipToContent': 'Skip to main content',
  'status.loading': 'Loading…',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.busy': 'The server is very busy right now. Nothing was changed; try again in a moment.',
  'error.internal': 'Something went wrong on the server. It has been logged; try again in a moment.',
  'error.network': 'The server cannot be reached. Check your connection, then try again.',
  'error.rateLimited': 'Too many requests in a short time. Wait a moment, then try again.',

  'common.yes': 'Yes',
  'common.no': 'No',
  'common.notRecorded': 'Not recorded',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist on this site.',
  'dialog.close': 'Close',
};

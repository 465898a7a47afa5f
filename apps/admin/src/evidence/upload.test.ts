import { describe, expect, it } from 'vitest';
import { uploadFailure } from './upload';

describe('a refused upload', () => {
  it('carries the API’s refusal: its reason and the file it names, beside the English message', () => {
    const extensions = {
      code: 'BAD_USER_INPUT',
      field: 'files',
      reason: 'FILE_TOO_LARGE',
      name: 'foto.jpg',
      maxMb: '20',
    };
    const body = JSON.stringify({
      errors: [{ message: 'foto.jpg: larger than the limit of 20 MB per file.', extensions }],
    });
    expect(uploadFailure(413, body)).toEqual({
      ok: false,
      refusal: { message: 'foto.jpg: larger than the limit of 20 MB per file.', extensions },
      sessionEnded: false,
    });
  });

  it('knows an ended session, and survives a body that is not the API’s', () => {
    const ended = JSON.stringify({
      errors: [{ message: 'You must be logged in.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(uploadFailure(401, ended)).toMatchObject({ sessionEnded: true });
    expect(uploadFailure(502, '<html>Bad gateway</html>')).toEqual({
      ok: false,
      refusal: { message: 'HTTP 502', extensions: {} },
      sessionEnded: false,
    });
  });
});

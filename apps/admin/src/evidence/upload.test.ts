import { describe, expect, it } from 'vitest';
import { uploadFailure } from './upload';

describe('a refused upload', () => {
  it('carries the API’s message, which names the file and the reason', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'laporan.exe: this kind of file is not accepted. Allowed: PDF, JPG, PNG.',
          extensions: { code: 'BAD_USER_INPUT', field: 'files' },
        },
      ],
    });
    expect(uploadFailure(415, body)).toEqual({
      ok: false,
      message: 'laporan.exe: this kind of file is not accepted. Allowed: PDF, JPG, PNG.',
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
      message: 'HTTP 502',
      sessionEnded: false,
    });
  });
});

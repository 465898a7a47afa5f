import { describe, expect, it } from 'vitest';
import { verificationPath, verificationUrl } from './verification-url';

describe('verification URL', () => {
  it('opens the verification page with the code in the query string', () => {
    expect(verificationUrl('https://zi.example.go.id', 'PI-7Y9D-CB2Z')).toBe(
      'https://zi.example.go.id/verifikasi?kode=PI-7Y9D-CB2Z',
    );
    expect(verificationPath('PI-7Y9D-CB2Z')).toBe('/verifikasi?kode=PI-7Y9D-CB2Z');
  });

  it('escapes what a code could hold and ignores a path on the origin', () => {
    expect(verificationUrl('http://localhost:4400/', 'a b&c')).toBe(
      'http://localhost:4400/verifikasi?kode=a+b%26c',
    );
  });
});

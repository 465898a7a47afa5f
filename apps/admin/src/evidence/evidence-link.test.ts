import { describe, expect, it } from 'vitest';
import { linkProblems } from './evidence-link';

describe('an evidence link, checked before asking the API', () => {
  it('needs a web address and a name', () => {
    expect(linkProblems('', ' ')).toEqual({ url: 'form.required', name: 'form.required' });
    expect(linkProblems('drive.example.go.id/sk.pdf', 'SK tim')).toEqual({ url: 'monitoring.linkInvalid' });
    expect(linkProblems('javascript:alert(1)', 'SK tim')).toEqual({ url: 'monitoring.linkInvalid' });
    expect(linkProblems(' https://drive.example.go.id/sk.pdf ', 'SK tim')).toEqual({});
  });
});

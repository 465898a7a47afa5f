import { describe, expect, it } from 'vitest';
import { serialRefresh } from './serial-refresh';

describe('refreshing after uploads', () => {
  it('reads again after a read that was on its way when more files finished', async () => {
    const reads: Array<() => void> = [];
    const refresh = serialRefresh(() => new Promise<void>((resolve) => reads.push(resolve)));
    refresh();
    await Promise.resolve();
    refresh();
    refresh();
    expect(reads).toHaveLength(1);
    reads[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveLength(2);
    reads[1]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveLength(2);
  });

  it('goes on after a failed read', async () => {
    let calls = 0;
    const refresh = serialRefresh(() => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(2);
  });
});

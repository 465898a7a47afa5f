import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TurnQueue } from './workbook-queue.js';

const reasonOf = (error: unknown) => (error as GraphQLError).extensions?.reason;

describe('one workbook read at a time', () => {
  it('lets the callers in one after another, in the order they came', async () => {
    const queue = new TurnQueue({ maxWaiting: 5, maxWaitMs: 1_000 });
    const order: string[] = [];
    const read = async (name: string, milliseconds: number) => {
      const endTurn = await queue.turn();
      order.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, milliseconds));
      order.push(`${name} ends`);
      endTurn();
      endTurn(); // a second end changes nothing
    };
    await Promise.all([read('a', 30), read('b', 1), read('c', 1)]);
    expect(order).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
    const endTurn = await queue.turn(); // free again
    endTurn();
  });

  it('refuses a caller when the line is full, and one that waited too long', async () => {
    const queue = new TurnQueue({ maxWaiting: 1, maxWaitMs: 50 });
    const reading = await queue.turn();
    const waiting = queue.turn();
    await expect(queue.turn()).rejects.toSatisfy((error) => reasonOf(error) === 'WORKBOOK_QUEUE_FULL');
    await expect(waiting).rejects.toSatisfy((error) => reasonOf(error) === 'WORKBOOK_QUEUE_FULL');
    // The one that gave up left the line: the next caller waits its turn and gets it.
    const next = queue.turn();
    reading();
    (await next)();
  });
});

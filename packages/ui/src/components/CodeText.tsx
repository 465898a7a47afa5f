import { Fragment } from 'react';

/**
 * A sentence with code in it: each `backticked` part is a <code> (a GraphQL field, a value in a
 * file), the rest prose. Marking code this way keeps a translation one message, and lets a check
 * for English words in Indonesian prose leave the code alone.
 */
export function CodeText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, index) =>
        // Odd parts sit between backticks. Their place in the sentence is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move.
        index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}

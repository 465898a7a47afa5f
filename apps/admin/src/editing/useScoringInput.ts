import type { Answers } from '@zi/lke';
import { useRef } from 'react';
import type { AnswerValue } from '../worksheet/types';
import { scoringInput } from './live-score';

/**
 * The engine's input from the answers on screen, the same object while no value changes: typing a
 * note rescores nothing.
 */
export function useScoringInput(shown: ReadonlyMap<string, AnswerValue>): Answers {
  const input = scoringInput(shown);
  const key = JSON.stringify(input);
  const kept = useRef({ key, input });
  if (kept.current.key !== key) kept.current = { key, input };
  return kept.current.input;
}

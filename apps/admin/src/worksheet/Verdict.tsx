/** Passed or failed, said with an icon and words as well as colour. */
export function Verdict({ passed, text }: { passed: boolean; text: string }) {
  return (
    <span className={`verdict verdict--${passed ? 'pass' : 'fail'}`}>
      <span aria-hidden="true">{passed ? '✓' : '✗'}</span> {text}
    </span>
  );
}

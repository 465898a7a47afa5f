import { type ReactNode, useId } from 'react';

interface VerifyVerdictProps {
  found: boolean;
  /** The verdict's badge ("Terdaftar", "Tidak ditemukan"). */
  badge: string;
  title: string;
  testId: string;
  children: ReactNode;
}

/** A verification's answer: the verdict as a badge, a heading that says it, and what follows from it. */
export function VerifyVerdict({ found, badge, title, testId, children }: VerifyVerdictProps) {
  const headingId = useId();
  return (
    <section
      className={`verify-result ${found ? 'verify-result--found' : 'verify-result--not-found'}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <p className="verify-result__verdict">
        <span className={`badge ${found ? 'badge--wbk' : 'badge--danger'}`}>{badge}</span>
      </p>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

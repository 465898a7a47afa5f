import { type ReactNode, useId } from 'react';

interface UnitSectionProps {
  title: string;
  intro?: string;
  testId: string;
  children: ReactNode;
}

export function UnitSection({ title, intro, testId, children }: UnitSectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}

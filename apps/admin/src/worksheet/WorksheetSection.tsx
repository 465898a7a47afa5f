import { type ReactNode, useId } from 'react';

interface WorksheetSectionProps {
  title: string;
  intro: string;
  testId: string;
  children: ReactNode;
}

export function WorksheetSection({ title, intro, testId, children }: WorksheetSectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}

import { useT } from '@zi/ui';
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  /** Called however the dialog closes: its button, Escape, or the caller. */
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** Added to `dialog`, e.g. for a wider one. */
  className?: string;
}

/**
 * A modal dialog on the browser's own `<dialog>`: focus moves in and stays in, Escape closes it, and
 * focus returns to what opened it.
 */
export function Dialog({ title, open, onClose, children, testId, className }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <div className="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--link dialog__close" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
      {open && children}
    </dialog>
  );
}

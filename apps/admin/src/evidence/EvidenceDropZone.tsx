import { useT } from '@zi/ui';
import { type DragEvent, type ReactNode, useId, useState } from 'react';

/** What the API accepts, checked by their bytes there; the picker offers these first. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.mp4';

interface EvidenceDropZoneProps {
  /** What the files are evidence of (a question's code), named to screen readers on the button. */
  subject: string;
  /** The file input's test ID. */
  inputTestId: string;
  onFiles: (files: File[]) => void;
  /** Other ways to add evidence, shown in the zone. */
  children?: ReactNode;
}

/** Files dropped here or picked (several at once) become evidence: of a question, of a follow-up. */
export function EvidenceDropZone({ subject, inputTestId, onFiles, children }: EvidenceDropZoneProps) {
  const t = useT();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <fieldset
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <legend className="visually-hidden">{t('evidence.add')}</legend>
      <label className="button button--small button--secondary drop-zone__pick">
        {t('evidence.pick')}
        <span className="visually-hidden"> {subject}</span>
        <input
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          aria-describedby={hintId}
          data-testid={inputTestId}
          onChange={(event) => {
            onFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </label>
      <span className="drop-zone__hint" id={hintId}>
        {t('evidence.dropHint')}
      </span>
      {children}
    </fieldset>
  );
}

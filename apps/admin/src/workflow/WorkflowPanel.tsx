import type { AnswerLayer, WorkflowAction } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import type { WorksheetAssessment } from '../worksheet/types';
import type { WorksheetNode } from '../worksheet/worksheet-tree';
import { AcceptUnitAnswers } from './AcceptUnitAnswers';
import { DocumentLinks } from './DocumentLinks';
import { IncompleteList } from './IncompleteList';
import { type Incomplete, incompleteByArea } from './incomplete';
import { MoveDialog } from './MoveDialog';
import type { ReturnMarks } from './return-marks';
import { WorkflowBar } from './WorkflowBar';

interface WorkflowPanelProps {
  assessment: WorksheetAssessment;
  /** The layer shown: on the TPI's, its evaluator may accept the unit's answers in one go. */
  layer: AnswerLayer;
  tree: WorksheetNode;
  marks: ReturnMarks | null;
}

/** Where the worksheet stands and the moves the viewer may make, with its documents. */
export function WorkflowPanel({ assessment, layer, tree, marks }: WorkflowPanelProps) {
  const t = useT();
  const headingId = useId();
  const [action, setAction] = useState<WorkflowAction | null>(null);
  const [incomplete, setIncomplete] = useState<(Incomplete & { attempt: number }) | null>(null);
  const [moved, setMoved] = useState<WorkflowAction | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The button that opened the dialog is often gone after the move: focus goes to what happened.
  useEffect(() => {
    if (moved) doneRef.current?.focus();
  }, [moved]);
  return (
    <section className="workflow card" aria-labelledby={headingId} data-testid="workflow">
      <h2 id={headingId}>{t('workflow.title')}</h2>
      <p className="muted">{t(`statusHelp.${assessment.status}`)}</p>
      <WorkflowBar
        allowed={assessment.allowedActions}
        onChoose={(chosen) => {
          setMoved(null);
          setAction(chosen);
        }}
      />
      {layer === 'TPI' && assessment.editableLayers.includes('TPI') && (
        <AcceptUnitAnswers assessmentId={assessment.id} />
      )}
      <p className="workflow__done" role="status" tabIndex={-1} ref={doneRef} data-testid="move-done">
        {moved && t('workflow.moved', { status: t(`assessmentStatus.${assessment.status}`) })}
      </p>
      {incomplete && (
        <IncompleteList
          key={incomplete.attempt}
          layer={incomplete.layer}
          areas={incompleteByArea(incomplete.codes, tree)}
          onDismiss={() => setIncomplete(null)}
        />
      )}
      <DocumentLinks
        assessmentId={assessment.id}
        lheReport={assessment.lheReport ?? null}
        mayIssueLhe={assessment.viewerMay.issueLhe}
        mayReviseLhe={assessment.viewerMay.reviseLhe}
        proposalPackage={assessment.proposalPackage ?? null}
        mayAssemblePackage={assessment.viewerMay.assembleProposalPackage}
        importLayers={assessment.editableLayers}
      />
      <MoveDialog
        assessmentId={assessment.id}
        action={action}
        tree={tree}
        marks={marks}
        onClose={() => setAction(null)}
        onMoved={(done) => {
          if (done === 'RETURN') marks?.clear();
          setIncomplete(null);
          setMoved(done);
          setAction(null);
        }}
        onIncomplete={(refused) => {
          setIncomplete((previous) => ({ ...refused, attempt: (previous?.attempt ?? 0) + 1 }));
          setAction(null);
        }}
      />
    </section>
  );
}

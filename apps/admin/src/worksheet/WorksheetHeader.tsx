import type { AnswerLayer } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import { AssessmentStatusBadge } from '../components/AssessmentStatusBadge';
import { WorksheetDeadlines } from '../deadlines/WorksheetDeadlines';
import { listSearchOf } from '../units/list-state';
import type { WorksheetAssessment } from './types';

interface WorksheetHeaderProps {
  assessment: WorksheetAssessment;
  /** The layer shown, which the viewer may reopen after its deadline if the API says so. */
  layer: AnswerLayer;
}

export function WorksheetHeader({ assessment, layer }: WorksheetHeaderProps) {
  const t = useT();
  const location = useLocation();
  const { unit, framework } = assessment;
  return (
    <header className="unit-header">
      <Link className="back-link" to={{ pathname: '/', search: listSearchOf(location.state) }}>
        ← {t('worksheet.back')}
      </Link>
      <h1>{unit.name}</h1>
      <p>{unit.instansi.name}</p>
      <div className="inline">
        <strong>{t('worksheet.year', { year: String(assessment.year) })}</strong>
        <AssessmentStatusBadge status={assessment.status} />
      </div>
      <p className="worksheet-framework">
        {framework.title} · {framework.regulation}
      </p>
      <WorksheetDeadlines
        assessmentId={assessment.id}
        deadlines={assessment.layerDeadlines}
        layer={layer}
        canReopen={assessment.viewerMay.reopenLayers.includes(layer)}
      />
    </header>
  );
}

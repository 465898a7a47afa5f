import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { FindingDialog } from './FindingDialog';
import { type JudgedCell, JudgementDialog } from './JudgementDialog';
import { ProgressGrid } from './ProgressGrid';
import { RoundFindings } from './RoundFindings';
import { RoundHeader } from './RoundHeader';
import { type Round, type RoundUnit, roundUnits, type ScopeUnit } from './round-grid';

interface RoundViewProps {
  round: Round;
  scope: readonly ScopeUnit[];
}

/** A round: the units' progress per area, judged from the grid while open, and their findings. */
export function RoundView({ round, scope }: RoundViewProps) {
  const t = useT();
  const progressId = useId();
  const [judging, setJudging] = useState<JudgedCell | null>(null);
  const [recording, setRecording] = useState<RoundUnit | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const may = round.viewerMay;
  const units = roundUnits(scope, round);

  return (
    <article data-testid="round">
      <RoundHeader round={round} canClose={may.close} />
      <section aria-labelledby={progressId}>
        <h2 id={progressId}>{t('monitoring.progress')}</h2>
        <p className="field__hint">
          {t(may.judgeProgress ? 'monitoring.progressHelp' : 'monitoring.progressReadOnly')}
        </p>
        {units.length === 0 ? (
          <p className="empty-state" data-testid="round-units-empty">
            {t('monitoring.noUnits')}
          </p>
        ) : (
          <ProgressGrid
            units={units}
            year={round.year}
            may={may}
            onJudge={(unit, area) => setJudging({ unit, area })}
            onRecordFinding={(unit) => {
              setRecorded(null);
              setRecording(unit);
            }}
          />
        )}
        <p className="round__notice" role="status" data-testid="round-notice">
          {recorded && t('monitoring.findingRecorded', { unit: recorded })}
        </p>
      </section>
      <RoundFindings roundId={round.id} findings={round.findings} />
      <JudgementDialog roundId={round.id} cell={judging} onClose={() => setJudging(null)} />
      <FindingDialog
        roundId={round.id}
        scope={scope}
        unit={recording}
        onClose={() => setRecording(null)}
        onRecorded={(unit) => {
          setRecording(null);
          setRecorded(unit.name);
        }}
      />
    </article>
  );
}

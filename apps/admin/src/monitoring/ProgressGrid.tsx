import type { ChangeArea } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { CHANGE_AREAS } from '../registry/enum-values';
import { JudgementBadge } from './JudgementBadge';
import type { Round, RoundUnit } from './round-grid';

interface ProgressGridProps {
  units: readonly RoundUnit[];
  year: number;
  /** Whether the API lets the viewer judge progress and record findings in this round now. */
  may: Pick<Round['viewerMay'], 'judgeProgress' | 'recordFinding'>;
  onJudge: (unit: RoundUnit, area: ChangeArea) => void;
  onRecordFinding: (unit: RoundUnit) => void;
}

/**
 * The units of a round against the six change areas: each cell the unit's progress in that area,
 * which the Inspektorat judges from the cell; the last column its findings.
 */
export function ProgressGrid({ units, year, may, onJudge, onRecordFinding }: ProgressGridProps) {
  const t = useT();
  const captionId = useId();
  return (
    // Wider than a phone: it scrolls sideways, by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="progress-grid" aria-labelledby={captionId} tabIndex={0}>
      <table className="progress-grid__table">
        <caption id={captionId} className="visually-hidden">
          {t('monitoring.gridCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.unit')}</th>
            {CHANGE_AREAS.map((area) => (
              <th key={area} scope="col">
                {t(`changeArea.${area}`)}
              </th>
            ))}
            <th scope="col">{t('monitoring.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id} data-testid="round-unit">
              <th scope="row">
                <span className="progress-grid__unit" data-testid="round-unit-name">
                  {unit.name}
                </span>
                <Link className="cell-note" to={`/rencana-aksi?unit=${unit.id}&year=${year}`}>
                  {t('monitoring.actionPlanLink')}
                  <span className="visually-hidden"> {unit.name}</span>
                </Link>
              </th>
              {CHANGE_AREAS.map((area) => (
                <td key={area} data-testid={`cell-${area}`}>
                  <JudgementCell unit={unit} area={area} editable={may.judgeProgress} onJudge={onJudge} />
                </td>
              ))}
              <td>
                <span className="progress-grid__count" data-testid="finding-count">
                  {t('monitoring.findingCount', { count: unit.findings })}
                </span>
                {may.recordFinding && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    data-testid="record-finding"
                    onClick={() => onRecordFinding(unit)}
                  >
                    {t('monitoring.recordFinding')}
                    <span className="visually-hidden"> {unit.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface JudgementCellProps {
  unit: RoundUnit;
  area: ChangeArea;
  editable: boolean;
  onJudge: (unit: RoundUnit, area: ChangeArea) => void;
}

function JudgementCell({ unit, area, editable, onJudge }: JudgementCellProps) {
  const t = useT();
  const judged = unit.judgements[area];
  const badge = <JudgementBadge judgement={judged?.judgement ?? null} />;
  return (
    <>
      {editable ? (
        <button
          type="button"
          className="progress-grid__judge"
          data-testid={`judge-${area}`}
          onClick={() => onJudge(unit, area)}
        >
          <span className="visually-hidden">
            {t('monitoring.judgeLabel', { unit: unit.name, area: t(`changeArea.${area}`) })}:{' '}
          </span>
          {badge}
        </button>
      ) : (
        badge
      )}
      {judged?.note && (
        <span className="progress-grid__note" data-testid="judgement-note-text">
          {judged.note}
        </span>
      )}
    </>
  );
}

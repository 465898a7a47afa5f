import { useQuery } from '@apollo/client/react';
import { AssessmentLayerDocument, AssessmentWorksheetDocument } from '@zi/schema/admin';
import { Loading, useDocumentTitle, useT } from '@zi/ui';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../ApiError';
import { AssessmentNotFound } from '../worksheet/AssessmentNotFound';
import { indexLayer } from '../worksheet/layer-index';
import { worksheetTree } from '../worksheet/worksheet-tree';
import { ComparisonView } from './ComparisonView';
import { compareLayers } from './comparison';

/** The unit's and the TPI's answers of one worksheet, compared area by area and question by question. */
export function ComparePage() {
  const t = useT();
  const { id = '' } = useParams();
  const worksheet = useQuery(AssessmentWorksheetDocument, { variables: { id } });
  const unit = useQuery(AssessmentLayerDocument, { variables: { id, layer: 'UNIT' } });
  const tpi = useQuery(AssessmentLayerDocument, { variables: { id, layer: 'TPI' } });
  const assessment = worksheet.data?.assessment ?? null;
  const unitLayer = unit.data?.assessment?.layer ?? null;
  const tpiLayer = tpi.data?.assessment?.layer ?? null;
  useDocumentTitle(
    t('admin.name'),
    assessment
      ? t('compare.documentTitle', { year: String(assessment.year), unit: assessment.unit.name })
      : t('compare.title'),
  );
  const areas = useMemo(() => {
    const tree = assessment && worksheetTree(assessment.framework);
    return tree && unitLayer && tpiLayer
      ? compareLayers(tree, indexLayer(unitLayer), indexLayer(tpiLayer))
      : null;
  }, [assessment, unitLayer, tpiLayer]);

  const error = worksheet.error ?? unit.error ?? tpi.error;
  if (error) return <ApiError error={error} onRetry={() => void worksheet.refetch()} />;
  if (worksheet.loading || unit.loading || tpi.loading) return <Loading />;
  if (!assessment) return <AssessmentNotFound />;
  return (
    <article>
      <header className="unit-header">
        <Link className="back-link" to={`/assessments/${assessment.id}?layer=TPI`}>
          ← {t('compare.back')}
        </Link>
        <h1>{t('compare.title')}</h1>
        <p>
          {assessment.unit.name} · {t('worksheet.year', { year: String(assessment.year) })}
        </p>
        <p className="page-intro">{t('compare.intro')}</p>
      </header>
      {!tpiLayer?.score && (
        <p className="empty-state" data-testid="compare-no-tpi">
          {t('compare.noTpi')}
        </p>
      )}
      {areas && (
        <ComparisonView
          assessmentId={assessment.id}
          areas={areas}
          totals={{ unit: unitLayer?.score?.total ?? null, tpi: tpiLayer?.score?.total ?? null }}
        />
      )}
    </article>
  );
}

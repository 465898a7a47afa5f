import { useQuery } from '@apollo/client/react';
import { AdminUnitsDocument } from '@zi/schema/admin';
import { FilterBar, ListResults, unitListVariables, useDocumentTitle, useT, useUnitListParams } from '@zi/ui';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { jakartaToday } from '../deadlines/deadlines';
import { WindowForm } from '../deadlines/WindowForm';
import { LetterheadForm } from '../letterhead/LetterheadForm';
import { LetterTemplatesForm } from '../letterhead/LetterTemplatesForm';
import { SecondReviewForm } from '../second-review/SecondReviewForm';
import { AdminUnitTable } from './AdminUnitTable';
import { LkeYearField } from './LkeYearField';
import { StartAssessment } from './StartAssessment';
import { useLkeYear } from './useLkeYear';

export function UnitsPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('units.title'));
  const viewer = useViewer();
  const { params, setFilters, goToPage } = useUnitListParams();
  const lke = useLkeYear();
  const { data, error, refetch } = useQuery(AdminUnitsDocument, {
    variables: { ...unitListVariables(params), lkeYear: lke.year },
  });

  return (
    <>
      <h1>{t('units.title')}</h1>
      <p className="page-intro">{t('units.intro')}</p>
      {/* The API says who may start a worksheet; this one is for the viewer's own unit. */}
      {viewer.may.startAssessment && viewer.unit && (
        <StartAssessment unitId={viewer.unit.id} year={Number(jakartaToday().slice(0, 4))} />
      )}
      {/* An operator's list is their one unit: nothing to search or filter. */}
      {!viewer.unit && (
        <FilterBar
          filters={params}
          onChange={setFilters}
          instansiOptions={viewer.instansi ? [viewer.instansi] : []}
        />
      )}
      <div className="list-options">
        <LkeYearField lke={lke} />
      </div>
      {viewer.may.setAssessmentWindow && <WindowForm year={lke.year} />}
      {viewer.may.setSecondReview && viewer.instansi && <SecondReviewForm instansi={viewer.instansi} />}
      {viewer.may.setLetterhead && <LetterheadForm />}
      {viewer.may.setLetterhead && <LetterTemplatesForm />}
      <ListResults
        label={t('units.caption')}
        connection={data?.units}
        error={error && <ApiError error={error} onRetry={() => void refetch()} />}
        after={params.after}
        onPage={goToPage}
      >
        {(units) => <AdminUnitTable units={units} lkeYear={lke.year} />}
      </ListResults>
    </>
  );
}

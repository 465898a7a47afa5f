import { useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import { directorySearchOf } from '../directory/directory-state';
import { usePageMeta } from '../usePageMeta';
import { Pacts } from './Pacts';
import { Predicates } from './Predicates';
import { Timeline } from './Timeline';
import type { UnitDetail } from './types';
import { UnitFacts } from './UnitFacts';
import { UnitHeader } from './UnitHeader';

export function UnitProfile({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const location = useLocation();
  usePageMeta(
    unit.name,
    t('unitPage.description', {
      unit: unit.name,
      instansi: unit.instansi.name,
      stage: unit.currentStage ? t(`stage.${unit.currentStage}`) : t('stage.none'),
    }),
  );
  return (
    <article>
      <Link className="back-link" to={{ pathname: '/', search: directorySearchOf(location.state) }}>
        ← {t('unitPage.back')}
      </Link>
      <UnitHeader unit={unit} />
      <UnitFacts unit={unit} />
      <Timeline steps={unit.timeline} />
      <Predicates predicates={unit.predicates} />
      <Pacts pacts={unit.pacts} origin={window.location.origin} />
    </article>
  );
}

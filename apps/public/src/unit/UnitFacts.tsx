import { CurrentStage, useT } from '@zi/ui';
import type { ReactNode } from 'react';
import type { UnitDetail } from './types';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function UnitFacts({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const notRecorded = <span className="muted">{t('common.notRecorded')}</span>;
  return (
    <section aria-label={t('unitPage.profile')}>
      <dl className="facts card">
        <Fact label={t('unit.instansi')}>
          {unit.instansi.name}
          <span className="cell-note">{t(`instansiKind.${unit.instansi.kind}`)}</span>
        </Fact>
        <Fact label={t('unit.kind')}>{t(`unitKind.${unit.kind}`)}</Fact>
        <Fact label={t('unit.head')}>{unit.headName ?? notRecorded}</Fact>
        <Fact label={t('unit.address')}>{unit.address ?? notRecorded}</Fact>
        <Fact label={t('unit.servesPublic')}>{unit.servesPublic ? t('common.yes') : t('common.no')}</Fact>
        <Fact label={t('unit.stage')}>
          <CurrentStage stage={unit.currentStage} since={unit.currentStageOn} />
        </Fact>
      </dl>
    </section>
  );
}

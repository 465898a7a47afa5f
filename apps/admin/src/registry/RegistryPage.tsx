import { useDocumentTitle, useT } from '@zi/ui';
import type { ComponentType } from 'react';
import { useSearchParams } from 'react-router';
import { useViewer } from '../auth/SignedIn';
import { AssignEvaluators } from '../users/AssignEvaluators';
import { PeopleSection } from '../users/PeopleSection';
import { ArchivedUnits } from './ArchivedUnits';
import { RegistrySections } from './RegistrySections';
import { RegistryUnits } from './RegistryUnits';
import { type RegistrySection, sectionOf } from './sections';
import { UnitFiles } from './UnitFiles';

const SECTIONS: Record<RegistrySection, ComponentType> = {
  units: RegistryUnits,
  archive: ArchivedUnits,
  import: UnitFiles,
  people: PeopleSection,
  assign: AssignEvaluators,
};

/** The Inspektorat's registry: its units (and their archive and files), its people and assignments. */
export function RegistryPage() {
  const t = useT();
  const viewer = useViewer();
  const [search] = useSearchParams();
  const section = sectionOf(search);
  useDocumentTitle(t('admin.name'), `${t(`registry.section.${section}`)} · ${t('registry.title')}`);
  const Section = SECTIONS[section];
  return (
    <section data-testid="registry-page">
      <h1>{t('registry.title')}</h1>
      <p className="page-intro">{t('registry.intro')}</p>
      {viewer.may.manageRegistry ? (
        <>
          <RegistrySections shown={section} />
          <Section />
        </>
      ) : (
        <p className="empty-state">{t('registry.adminOnly')}</p>
      )}
    </section>
  );
}

import { useT } from '@zi/ui';
import { Link } from 'react-router';
import { REGISTRY_SECTIONS, type RegistrySection, sectionSearch } from './sections';

/** Switches between the registry's parts: units, their archive, import and export, people, assignments. */
export function RegistrySections({ shown }: { shown: RegistrySection }) {
  const t = useT();
  return (
    <nav className="segmented" aria-label={t('registry.sections')}>
      {REGISTRY_SECTIONS.map((section) => (
        <Link
          key={section}
          className="segmented__item"
          to={{ search: sectionSearch(section) }}
          aria-current={section === shown ? 'page' : undefined}
          data-testid={`registry-section-${section}`}
        >
          {t(`registry.section.${section}`)}
        </Link>
      ))}
    </nav>
  );
}

import { useT } from '@zi/ui';
import { AreaSection } from './AreaSection';
import { GroupHeading } from './GroupHeading';
import type { LayerIndex } from './layer-index';
import { WorksheetSection } from './WorksheetSection';
import type { WorksheetNode } from './worksheet-tree';

interface WorksheetTreeProps {
  tree: WorksheetNode;
  index: LayerIndex;
}

/** The whole worksheet: components, their halves, and each half's areas as sections to open. */
export function WorksheetTree({ tree, index }: WorksheetTreeProps) {
  const t = useT();
  return (
    <WorksheetSection title={t('tree.title')} intro={t('tree.intro')} testId="worksheet-tree">
      {tree.groups.map((component) => (
        <section key={component.group.code} className="tree-component">
          <GroupHeading node={component} score={index.groups.get(component.group.code)} level={3} />
          {component.groups.map((half) => (
            <section key={half.group.code} className="tree-half">
              <GroupHeading node={half} score={index.groups.get(half.group.code)} level={4} />
              {/* Pengungkit halves hold areas; Hasil halves hold their indicators directly. */}
              {half.groups.map((area) => (
                <AreaSection key={area.group.code} node={area} index={index} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </WorksheetSection>
  );
}

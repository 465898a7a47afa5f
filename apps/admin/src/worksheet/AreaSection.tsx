import { GroupScoreText } from './GroupScoreText';
import type { LayerIndex } from './layer-index';
import { GroupContent } from './SubArea';
import type { WorksheetNode } from './worksheet-tree';

interface AreaSectionProps {
  node: WorksheetNode;
  index: LayerIndex;
}

/** An area (or a Hasil indicator), closed until opened: 110 questions at once are too many to read. */
export function AreaSection({ node, index }: AreaSectionProps) {
  return (
    <details className="area" data-testid="area-section">
      <summary className="area__summary">
        <span className="area__title">
          <span className="code">{node.group.code}</span> {node.group.title}
        </span>
        <GroupScoreText group={node.group} score={index.groups.get(node.group.code)} />
      </summary>
      <div className="area__body">
        <GroupContent node={node} index={index} childLevel={5} />
      </div>
    </details>
  );
}

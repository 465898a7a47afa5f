import { useT } from '@zi/ui';
import { GroupScoreText } from './GroupScoreText';
import type { LayerIndex } from './layer-index';
import { useQuestionFilter } from './question-filter';
import { GroupContent } from './SubArea';
import { useWorksheetContext } from './WorksheetContext';
import { questionsUnder, type WorksheetNode } from './worksheet-tree';

interface AreaSectionProps {
  node: WorksheetNode;
  index: LayerIndex;
}

/** An area (or a Hasil indicator), closed until opened: 110 questions at once are too many to read. */
export function AreaSection({ node, index }: AreaSectionProps) {
  const t = useT();
  const { evidence } = useWorksheetContext();
  const shown = useQuestionFilter();
  const questions = questionsUnder(node);
  // Under a filter, an area with none of its questions is left out, and the others stand open.
  if (shown && !questions.some((question) => shown(question.code))) return null;
  const withEvidence = questions.filter((question) => (evidence.get(question.code)?.length ?? 0) > 0).length;
  return (
    <details className="area" data-testid="area-section" open={shown ? true : undefined}>
      <summary className="area__summary">
        <span className="area__title">
          <span className="code">{node.group.code}</span> {node.group.title}
        </span>
        <span className="area__progress">
          <GroupScoreText group={node.group} score={index.groups.get(node.group.code)} />
          <span className="group-score__answered" data-testid="area-evidence">
            {t('tree.withEvidence', { count: withEvidence, questions: questions.length })}
          </span>
        </span>
      </summary>
      <div className="area__body">
        <GroupContent node={node} index={index} childLevel={5} />
      </div>
    </details>
  );
}

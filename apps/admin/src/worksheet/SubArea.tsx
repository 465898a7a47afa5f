import { useT } from '@zi/ui';
import { GroupHeading } from './GroupHeading';
import type { LayerIndex } from './layer-index';
import { QuestionRow } from './QuestionRow';
import type { WorksheetNode } from './worksheet-tree';

type SubAreaLevel = 5 | 6;

interface SubAreaProps {
  node: WorksheetNode;
  index: LayerIndex;
  level: SubAreaLevel;
}

/** A sub-area with its heading and score; sub-areas may hold sub-areas (A.II.5.iii holds a and b). */
export function SubArea({ node, index, level }: SubAreaProps) {
  return (
    <section className="sub-area">
      <GroupHeading node={node} score={index.groups.get(node.group.code)} level={level} />
      <GroupContent node={node} index={index} childLevel={6} />
    </section>
  );
}

interface GroupContentProps {
  node: WorksheetNode;
  index: LayerIndex;
  /** The heading level of the sub-areas it holds. */
  childLevel: SubAreaLevel;
}

/** What a group holds: its questions, then its sub-areas. */
export function GroupContent({ node, index, childLevel }: GroupContentProps) {
  const t = useT();
  const score = index.groups.get(node.group.code);
  return (
    <>
      {score?.notApplicable && node.questions.length > 0 && (
        <p className="cell-note">{t('tree.notApplicable')}</p>
      )}
      {node.questions.length > 0 && (
        <ol className="questions">
          {node.questions.map((question) => (
            <QuestionRow key={question.code} question={question} index={index} />
          ))}
        </ol>
      )}
      {node.groups.map((child) => (
        <SubArea key={child.group.code} node={child} index={index} level={childLevel} />
      ))}
    </>
  );
}

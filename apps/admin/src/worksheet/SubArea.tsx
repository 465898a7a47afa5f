import { useT } from '@zi/ui';
import { GroupHeading } from './GroupHeading';
import type { LayerIndex } from './layer-index';
import { QuestionRow } from './QuestionRow';
import { useQuestionFilter } from './question-filter';
import { questionsUnder, type WorksheetNode } from './worksheet-tree';

type SubAreaLevel = 5 | 6;

interface SubAreaProps {
  node: WorksheetNode;
  index: LayerIndex;
  level: SubAreaLevel;
}

/** A sub-area with its heading and score; sub-areas may hold sub-areas (A.II.5.iii holds a and b). */
export function SubArea({ node, index, level }: SubAreaProps) {
  const shown = useQuestionFilter();
  if (shown && !questionsUnder(node).some((question) => shown(question.code))) return null;
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
  const shown = useQuestionFilter();
  const score = index.groups.get(node.group.code);
  const questions = shown ? node.questions.filter((question) => shown(question.code)) : node.questions;
  return (
    <>
      {score?.notApplicable && questions.length > 0 && <p className="cell-note">{t('tree.notApplicable')}</p>}
      {questions.length > 0 && (
        <ol className="questions">
          {questions.map((question) => (
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

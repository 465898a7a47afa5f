import { useT } from '@zi/ui';
import { EvidenceList } from '../evidence/EvidenceList';
import { EvidenceGuidance } from '../guidance/EvidenceGuidance';
import { AnswerShown } from '../worksheet/AnswerShown';
import { questionResult } from '../worksheet/layer-index';
import type { LkeQuestion } from '../worksheet/types';
import { type QuestionEditor, type ReferenceLayer, useWorksheetContext } from '../worksheet/WorksheetContext';
import { acceptedEdits, referenceAnswered, sameAsReference } from './question-answer';

interface UnitAnswerPanelProps {
  question: LkeQuestion;
  reference: ReferenceLayer;
  editor: QuestionEditor;
}

/**
 * Beside the evaluator's answer: what the unit answered, noted and attached, what the question
 * expects, and one click to agree.
 */
export function UnitAnswerPanel({ question, reference, editor }: UnitAnswerPanelProps) {
  const t = useT();
  const result = questionResult(question, reference.index);
  const answered = referenceAnswered(question, reference.index);
  const agrees = answered && sameAsReference(question, reference.index, editor.answerOf);
  const evidence = reference.evidence.get(question.code) ?? [];
  const { guidance } = useWorksheetContext();
  return (
    <div className="unit-answer" data-testid="unit-answer">
      <p className="question__result-label">{t('reference.title')}</p>
      <AnswerShown question={question} result={result} testId="unit-answer-value" />
      {result.notes.map((note) => (
        <p key={note} className="question__note">
          <span className="question__note-label">{t('question.note')}</span> {note}
        </p>
      ))}
      {evidence.length > 0 && <EvidenceList items={evidence} />}
      {/* What the unit attached, then what the question expects: the evaluator compares the two. */}
      {guidance && (
        <EvidenceGuidance guidance={guidance.byCode.get(question.code)} framework={guidance.framework} open />
      )}
      {answered && (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={agrees}
          data-testid="accept-unit-answer"
          onClick={() => {
            for (const [code, value] of acceptedEdits(question, reference.index, editor.answerOf)) {
              editor.edit(code, value);
            }
          }}
        >
          {agrees ? t('reference.agrees') : t('reference.accept')}
          <span className="visually-hidden"> {question.code}</span>
        </button>
      )}
    </div>
  );
}

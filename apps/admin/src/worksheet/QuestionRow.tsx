import { useT } from '@zi/ui';
import { memo } from 'react';
import { AnswerHistoryButton } from '../answer-history/AnswerHistoryButton';
import { EditableQuestion } from '../editing/EditableQuestion';
import { EvidenceList } from '../evidence/EvidenceList';
import { EvidenceGuidance } from '../guidance/EvidenceGuidance';
import { SurveyValueNote } from '../surveys/SurveyValueNote';
import { OpenReturnNotice } from '../workflow/OpenReturnNotice';
import { ReturnMarkField } from '../workflow/ReturnMarkField';
import { type LayerIndex, questionResult, sameQuestionResult } from './layer-index';
import { QuestionAnswer } from './QuestionAnswer';
import { QuestionCriteria } from './QuestionCriteria';
import { QuestionText } from './QuestionText';
import type { LkeQuestion } from './types';
import { useWorksheetContext } from './WorksheetContext';

interface QuestionRowProps {
  question: LkeQuestion;
  index: LayerIndex;
}

/**
 * A question with its criteria, the layer's answer, notes and evidence, and what it scored. While
 * answering, each edit rescores the layer: only the questions whose answer or score changed render.
 */
export const QuestionRow = memo(
  QuestionRowContent,
  (before, after) =>
    before.question === after.question && sameQuestionResult(after.question, before.index, after.index),
);

function QuestionRowContent({ question, index }: QuestionRowProps) {
  const t = useT();
  const { editor, evidence, openReturns, marks, guidance, surveyValues } = useWorksheetContext();
  if (editor) return <EditableQuestion question={question} index={index} editor={editor} />;
  const result = questionResult(question, index);
  const items = evidence.get(question.code) ?? [];
  const open = openReturns.get(question.code);
  const surveyValue = surveyValues?.byCode.get(question.code);
  return (
    <li
      className={open ? 'question question--returned' : 'question'}
      id={`q-${question.code}`}
      data-testid="question-row"
    >
      <div className="question__main">
        <QuestionText question={question} />
        {open && <OpenReturnNotice open={open} />}
        <QuestionCriteria question={question} chosen={result.answer?.option ?? null} />
        {result.notes.map((note) => (
          <p key={note} className="question__note" data-testid="answer-note">
            <span className="question__note-label">{t('question.note')}</span> {note}
          </p>
        ))}
        {surveyValue && (
          <SurveyValueNote
            value={surveyValue}
            answer={surveyValues?.unitLayer ? result.answer?.number : null}
          />
        )}
        {items.length > 0 && <EvidenceList items={items} />}
        {guidance && (
          <EvidenceGuidance guidance={guidance.byCode.get(question.code)} framework={guidance.framework} />
        )}
        {marks && <ReturnMarkField code={question.code} marks={marks} />}
      </div>
      <div className="question__side">
        <QuestionAnswer question={question} result={result} />
        <AnswerHistoryButton question={question} />
      </div>
    </li>
  );
}

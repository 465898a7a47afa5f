import { useId, useMemo } from 'react';
import { AnswerHistoryButton } from '../answer-history/AnswerHistoryButton';
import { EvidenceManager } from '../evidence/EvidenceManager';
import { EvidenceGuidance } from '../guidance/EvidenceGuidance';
import { SurveyValueNote } from '../surveys/SurveyValueNote';
import { useRefusalText } from '../useRefusalText';
import { OpenReturnNotice } from '../workflow/OpenReturnNotice';
import { ReturnMarkField } from '../workflow/ReturnMarkField';
import type { LayerIndex } from '../worksheet/layer-index';
import { QuestionScoreText } from '../worksheet/QuestionScoreText';
import { QuestionText } from '../worksheet/QuestionText';
import type { LkeQuestion } from '../worksheet/types';
import { type QuestionEditor, useWorksheetContext } from '../worksheet/WorksheetContext';
import { AnswerControl } from './AnswerControl';
import { refusesNote } from './autosave';
import { ConflictNotice } from './ConflictNotice';
import { NoteField } from './NoteField';
import { noteCode, valueCodes } from './question-answer';
import { UnitAnswerPanel } from './UnitAnswerPanel';
import { useEditedQuestion } from './useEditedQuestion';

interface EditableQuestionProps {
  question: LkeQuestion;
  /** The live index: scores as computed from the answers on screen. */
  index: LayerIndex;
  editor: QuestionEditor;
}

/** A question to answer: the control for its type, a note, evidence, and its live score. */
export function EditableQuestion({ question, index, editor }: EditableQuestionProps) {
  const textId = useId();
  const describe = useRefusalText();
  const { evidence, openReturns, marks, reference, guidance, surveyValues } = useWorksheetContext();
  const codes = useMemo(() => [...new Set([...valueCodes(question), noteCode(question)])], [question]);
  useEditedQuestion(editor, codes);
  const open = openReturns.get(question.code);
  const score = index.questions.get(question.code);
  const surveyValue = surveyValues?.byCode.get(question.code);
  return (
    <li
      className={open ? 'question question--editing question--returned' : 'question question--editing'}
      id={`q-${question.code}`}
      data-testid="question-row"
    >
      <div className="question__main">
        <QuestionText question={question} id={textId} />
        {open && <OpenReturnNotice open={open} />}
        {codes.map((code) => {
          const conflict = editor.conflictOf(code);
          return (
            conflict && (
              <ConflictNotice
                key={code}
                question={question}
                code={code}
                conflict={conflict}
                saved={editor.savedAnswerOf(code)}
                onKeepMine={() => editor.keepMine(code)}
                onTakeTheirs={() => editor.takeTheirs(code)}
              />
            )
          );
        })}
        <AnswerControl question={question} editor={editor} textId={textId} />
        {codes.map((code) => {
          const rejection = editor.rejectionOf(code);
          // A refused note is shown at the note itself.
          return (
            rejection &&
            !refusesNote(rejection) && (
              <p key={code} className="field__error" role="alert">
                {describe(rejection)}
              </p>
            )
          );
        })}
        {surveyValue && (
          <SurveyValueNote
            value={surveyValue}
            answer={surveyValues?.unitLayer ? editor.answerOf(question.code)?.number : null}
          />
        )}
        <NoteField question={question} editor={editor} />
        <EvidenceManager
          code={question.code}
          items={evidence.get(question.code) ?? []}
          actions={editor.evidence}
        />
        {/* Beside the TPI's answer it stands with the unit's evidence instead (UnitAnswerPanel). */}
        {guidance && !reference && (
          <EvidenceGuidance guidance={guidance.byCode.get(question.code)} framework={guidance.framework} />
        )}
        {marks && <ReturnMarkField code={question.code} marks={marks} />}
      </div>
      <div className="question__side">
        {score && <QuestionScoreText score={score} />}
        <AnswerHistoryButton question={question} />
        {reference && <UnitAnswerPanel question={question} reference={reference} editor={editor} />}
      </div>
    </li>
  );
}

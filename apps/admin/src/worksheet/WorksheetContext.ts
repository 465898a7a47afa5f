import type { AnswerLayer, EvidenceGuidanceItemFragment, SurveyValueFragment } from '@zi/schema/admin';
import { createContext, use } from 'react';
import type { ApiRefusal } from '../api-errors';
import type { Conflict, SavedAnswer } from '../editing/autosave';
import type { ReturnMarks } from '../workflow/return-marks';
import type { LayerIndex } from './layer-index';
import type { AnswerValue, EvidenceItem, OpenReturn } from './types';

/** Where new evidence of the shown layer goes, and what may be done with the old. */
export interface EvidenceActions {
  assessmentId: string;
  layer: AnswerLayer;
  /** Before the first submission evidence can be removed; afterwards only replaced. */
  removable: boolean;
  /** Reloads the layer's evidence after a change. */
  refresh: () => Promise<unknown>;
}

/** Editing one layer: every answer as shown, and how an edit is saved. */
export interface QuestionEditor {
  layer: AnswerLayer;
  /** Called on every change of the edits; `answerOf` and the others then read the new state. */
  subscribe: (listener: () => void) => () => void;
  answerOf: (code: string) => AnswerValue | null;
  edit: (code: string, value: AnswerValue) => void;
  savedAnswerOf: (code: string) => SavedAnswer | undefined;
  conflictOf: (code: string) => Conflict | undefined;
  rejectionOf: (code: string) => ApiRefusal | undefined;
  keepMine: (code: string) => void;
  takeTheirs: (code: string) => void;
  evidence: EvidenceActions;
}

/** The unit's answers and evidence, shown beside the TPI's own. */
export interface ReferenceLayer {
  index: LayerIndex;
  evidence: ReadonlyMap<string, readonly EvidenceItem[]>;
}

/** What evidence each question expects, in the worksheet's version, as the viewer's instansi has it. */
export interface WorksheetGuidance {
  framework: string;
  byCode: ReadonlyMap<string, EvidenceGuidanceItemFragment>;
}

/** What the questions of the worksheet show besides the layer's answers. */
export interface WorksheetContextValue {
  /** The shown layer's evidence, by question. */
  evidence: ReadonlyMap<string, readonly EvidenceItem[]>;
  /** Questions the TPI returned for revision, not yet resubmitted. */
  openReturns: ReadonlyMap<string, OpenReturn>;
  /** Questions the evaluator marks to return, when they may return questions. */
  marks: ReturnMarks | null;
  /** Null while the layer is read-only. */
  editor: QuestionEditor | null;
  reference: ReferenceLayer | null;
  /** Null until it has loaded, and where the page shows none. */
  guidance: WorksheetGuidance | null;
  /** What closed survey periods put into the unit layer (IPAK, IPKP), by question. */
  surveyValues: WorksheetSurveyValues | null;
}

/** The survey values, and whether the shown layer is the one they went into (its answers are compared). */
export interface WorksheetSurveyValues {
  byCode: ReadonlyMap<string, SurveyValueFragment>;
  unitLayer: boolean;
}

export const WorksheetContext = createContext<WorksheetContextValue>({
  evidence: new Map(),
  openReturns: new Map(),
  marks: null,
  editor: null,
  reference: null,
  guidance: null,
  surveyValues: null,
});

export function useWorksheetContext(): WorksheetContextValue {
  return use(WorksheetContext);
}

/** Evidence grouped by question code, oldest first as the API lists it. */
export function evidenceByCode(items: readonly EvidenceItem[]): Map<string, EvidenceItem[]> {
  const byCode = new Map<string, EvidenceItem[]>();
  for (const item of items) byCode.set(item.code, [...(byCode.get(item.code) ?? []), item]);
  return byCode;
}

export { errorText, hasErrorCode } from './api-error';
export { AssessmentStatusBadge } from './components/AssessmentStatusBadge';
export { BarChart } from './components/BarChart';
export type { ChartModel } from './components/bar-chart-layout';
export { ConnectionPager } from './components/ConnectionPager';
export { CurrentStage } from './components/CurrentStage';
export { type Column, DataTable } from './components/DataTable';
export { DateText } from './components/DateText';
export { Dialog } from './components/Dialog';
export { ErrorMessage } from './components/ErrorMessage';
export { describedBy, FieldNotes } from './components/FieldNotes';
export { FilterBar } from './components/FilterBar';
export { ListResults } from './components/ListResults';
export { Loading } from './components/Loading';
export { PageLayout } from './components/PageLayout';
export { Pager } from './components/Pager';
export { PredicateBadge } from './components/PredicateBadge';
export { RouteError } from './components/RouteError';
export { SearchForm } from './components/SearchForm';
export { SelectField } from './components/SelectField';
export { StageBadge } from './components/StageBadge';
export {
  ANSWER_LAYERS,
  ARCHIVE_LIMITS,
  type ArchiveLimit,
  ASSESSMENT_STATUSES,
  CHANGE_AREAS,
  PREDICATE_KINDS,
  PROGRESS_JUDGEMENTS,
  STAGES,
  UNIT_KINDS,
} from './enums';
export { formatDate, formatDateTime, formatTime } from './format/date';
export { formatNumber } from './format/number';
export { appMessageProblems } from './i18n/dictionary-problems';
export { I18nProvider, useLocale, useT } from './i18n/I18nProvider';
export { labelsOf } from './i18n/labels';
export { intlTag, type Locale } from './i18n/locale';
export { type Translate, translator } from './i18n/translate';
export type { AppDictionaries, AppMessages, MessageKey } from './messages';
export { oneOf, programYear, unitListVariables } from './unit-list/params';
export { useUnitListParams } from './unit-list/useUnitListParams';
export { safeHref } from './url';
export { useDocumentTitle } from './useDocumentTitle';
export { useMetaDescription } from './useMetaDescription';

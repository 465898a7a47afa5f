import { useT } from '@zi/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withParams } from '../search-params';
import { AreaSection } from './AreaSection';
import { GroupHeading } from './GroupHeading';
import type { LayerIndex } from './layer-index';
import { QuestionFilterBar } from './QuestionFilterBar';
import {
  FILTER_PARAM,
  matchesFilter,
  QUESTION_FILTERS,
  type QuestionFilter,
  QuestionFilterContext,
  questionFilterOf,
} from './question-filter';
import { useWorksheetContext } from './WorksheetContext';
import { WorksheetSection } from './WorksheetSection';
import { questionsUnder, type WorksheetNode } from './worksheet-tree';

interface WorksheetTreeProps {
  tree: WorksheetNode;
  index: LayerIndex;
}

/**
 * The whole worksheet: components, their halves, and each half's areas as sections to open; a
 * filter (kept in the URL) shows only the questions still unanswered, without evidence or returned.
 */
export function WorksheetTree({ tree, index }: WorksheetTreeProps) {
  const t = useT();
  const { evidence, openReturns } = useWorksheetContext();
  const [search, setSearch] = useSearchParams();
  const filter = questionFilterOf(search);
  const codes = useMemo(() => questionsUnder(tree).map((question) => question.code), [tree]);
  const matching = useMemo(() => {
    const facts = { index, evidence, openReturns };
    return Object.fromEntries(
      QUESTION_FILTERS.map((one) => [one, codes.filter((code) => matchesFilter(one, code, facts))]),
    ) as Record<QuestionFilter, string[]>;
  }, [codes, index, evidence, openReturns]);
  const shown = useMemo(() => {
    if (!filter) return null;
    const kept = new Set(matching[filter]);
    return (code: string) => kept.has(code);
  }, [filter, matching]);
  const choose = (next: QuestionFilter | null) =>
    setSearch((previous) => withParams(previous, { [FILTER_PARAM]: next }), { replace: true });
  const counts = Object.fromEntries(QUESTION_FILTERS.map((one) => [one, matching[one].length])) as Record<
    QuestionFilter,
    number
  >;
  return (
    <WorksheetSection title={t('tree.title')} intro={t('tree.intro')} testId="worksheet-tree">
      <QuestionFilterBar
        filter={filter}
        counts={counts}
        unanswered={matching['belum-dijawab']}
        onChange={choose}
      />
      {filter && counts[filter] === 0 && <p className="empty-state">{t('questionFilter.none')}</p>}
      <QuestionFilterContext value={shown}>
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
      </QuestionFilterContext>
    </WorksheetSection>
  );
}

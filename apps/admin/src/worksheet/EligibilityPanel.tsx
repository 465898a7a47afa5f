import { useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { formatRuleValue, formatThreshold, ruleKind } from './format';
import type { RuleResult, TargetEligibility } from './types';
import { Verdict } from './Verdict';
import { WorksheetSection } from './WorksheetSection';

/** Whether the layer's scores meet each target (WBK, WBBM), condition by condition. */
export function EligibilityPanel({ eligibility }: { eligibility: readonly TargetEligibility[] }) {
  const t = useT();
  return (
    <WorksheetSection title={t('eligibility.title')} intro={t('eligibility.intro')} testId="eligibility">
      <div className="eligibility">
        {eligibility.map((target) => (
          <TargetCard key={target.target} target={target} />
        ))}
      </div>
    </WorksheetSection>
  );
}

function TargetCard({ target }: { target: TargetEligibility }) {
  const t = useT();
  const headingId = useId();
  const failing = target.rules.filter((rule) => !rule.passed).length;
  return (
    <section
      className="card eligibility__target"
      aria-labelledby={headingId}
      data-testid={`eligibility-${target.target}`}
    >
      <div className="eligibility__head">
        <h3 id={headingId}>{target.label}</h3>
        <Verdict
          passed={target.eligible}
          text={target.eligible ? t('eligibility.eligible') : t('eligibility.notEligible')}
        />
      </div>
      {failing > 0 && (
        <p className="cell-note">
          {t('eligibility.failing', { count: failing, total: target.rules.length })}
        </p>
      )}
      <table className="rules">
        <caption className="visually-hidden">{target.label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eligibility.rule')}</th>
            <th scope="col">{t('eligibility.value')}</th>
            <th scope="col">{t('eligibility.threshold')}</th>
            <th scope="col">{t('eligibility.result')}</th>
          </tr>
        </thead>
        <tbody>
          {target.rules.map((rule) => (
            <RuleRow key={rule.id} rule={rule} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RuleRow({ rule }: { rule: RuleResult }) {
  const t = useT();
  const [locale] = useLocale();
  const kind = ruleKind(rule);
  const predicate = kind === 'predicate';
  let result = t('eligibility.passed');
  if (!rule.passed) {
    result = predicate
      ? t('eligibility.notHeld')
      : t('eligibility.gap', { gap: formatRuleValue(kind, rule.gap, locale) });
  }
  return (
    <tr className={rule.passed ? undefined : 'rules__failed'} data-testid="rule-row">
      <th scope="row">{rule.label}</th>
      <td data-label={t('eligibility.value')}>
        {predicate
          ? t(rule.value >= 1 ? 'common.yes' : 'common.no')
          : formatRuleValue(kind, rule.value, locale)}
      </td>
      <td data-label={t('eligibility.threshold')}>
        {predicate ? t('common.yes') : `≥ ${formatThreshold(kind, rule.threshold, locale)}`}
      </td>
      <td>
        <Verdict passed={rule.passed} text={result} />
      </td>
    </tr>
  );
}

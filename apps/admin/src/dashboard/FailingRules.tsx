import { useLocale, useT } from '@zi/ui';
import { formatRuleValue, ruleKind } from '../worksheet/format';
import type { RiskRow } from './dashboard-types';

type FailingRule = RiskRow['failing'][number];

/** A unit far from its target fails nearly every rule: the first few say enough, the rest unfold. */
const SHOWN = 3;

function RuleShortfall({ rule }: { rule: FailingRule }) {
  const t = useT();
  const [locale] = useLocale();
  const kind = ruleKind(rule);
  return (
    <li>
      <span className="failing-rules__label">{rule.label}</span>{' '}
      <span className="failing-rules__value">
        {kind === 'predicate'
          ? t('eligibility.notHeld')
          : t('dashboard.risks.value', {
              value: formatRuleValue(kind, rule.value, locale),
              gap: formatRuleValue(kind, rule.gap, locale),
            })}
      </span>
    </li>
  );
}

/** The rules a unit fails out of its target's, each with its value and how far short it falls. */
export function FailingRules({ risk }: { risk: RiskRow }) {
  const t = useT();
  const shown = risk.failing.slice(0, SHOWN);
  const rest = risk.failing.slice(SHOWN);
  return (
    <div className="failing-rules">
      <p className="failing-rules__count">
        {t('dashboard.risks.failingCount', { count: risk.failing.length, total: risk.rules })}
      </p>
      <ul className="failing-rules__list">
        {shown.map((rule) => (
          <RuleShortfall key={rule.id} rule={rule} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="failing-rules__more">
          <summary>{t('dashboard.risks.more', { count: rest.length })}</summary>
          <ul className="failing-rules__list">
            {rest.map((rule) => (
              <RuleShortfall key={rule.id} rule={rule} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

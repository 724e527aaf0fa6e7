import { useTranslation } from 'react-i18next';
import { Tabs } from '../../../components/ui/Tabs.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { RANKING_GROUPS, type RankingGroup } from '../lib/ranking-rows.ts';

export interface GroupTabsProps {
  selected: RankingGroup;
  counts: Record<RankingGroup, number>;
  onSelect: (group: RankingGroup) => void;
  /** Id of the tab panel the tabs control. */
  panelId: string;
  idPrefix: string;
}

/** One tab per unit group, with its number of units. */
export function GroupTabs({ selected, counts, onSelect, panelId, idPrefix }: GroupTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs
      tabs={RANKING_GROUPS}
      selected={selected}
      onSelect={onSelect}
      label={t('rankings.groups.label')}
      tabId={(group) => `${idPrefix}-${group}`}
      panelId={panelId}
      block="group-tabs"
    >
      {(group) => (
        <>
          <span className="group-tabs__label">{t(`rankings.groups.${group}`)}</span>
          <span className="group-tabs__count">
            {t('rankings.groups.count', { n: formatInteger(counts[group]) })}
          </span>
        </>
      )}
    </Tabs>
  );
}

import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
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

/** One tab per unit group (WAI-ARIA tabs: arrows, Home and End move between them). */
export function GroupTabs({ selected, counts, onSelect, panelId, idPrefix }: GroupTabsProps) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<RankingGroup, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = RANKING_GROUPS.indexOf(selected);
    const last = RANKING_GROUPS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : event.key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const group = RANKING_GROUPS[next]!;
    onSelect(group);
    refs.current[group]?.focus();
  };

  return (
    <div className="group-tabs" role="tablist" aria-label={t('rankings.groups.label')} onKeyDown={onKeyDown}>
      {RANKING_GROUPS.map((group) => {
        const active = group === selected;
        return (
          <button
            key={group}
            ref={(el) => {
              refs.current[group] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${group}`}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            className="group-tabs__tab"
            onClick={() => onSelect(group)}
          >
            <span className="group-tabs__label">{t(`rankings.groups.${group}`)}</span>
            <span className="group-tabs__count">
              {t('rankings.groups.count', { n: formatInteger(counts[group]) })}
            </span>
          </button>
        );
      })}
    </div>
  );
}

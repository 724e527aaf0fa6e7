import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetResponse, TargetUnit } from '../../../../api/index766.ts';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { unitPath } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { csvBlob, downloadBlob, type ExportTable, exportFileName } from '../../../lib/table-export.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { formatPoints } from '../lib/points.ts';
import {
  filterUnits,
  gradeLabel,
  type Loss,
  topLosses,
  type UnitGroup,
  unitsAtTarget,
  unitsBelowTarget,
} from '../lib/target-view.ts';
import { BasisBadge, GradeBadge } from './Badges.tsx';
import { whatItTakesText } from './WhatItTakes.tsx';

export interface BelowTargetTableProps {
  answer: TargetResponse;
  /** "Tháng 3/2026", for the caption. */
  monthText: string;
}

const isUnitGroup = (v: string): v is UnitGroup => (UNIT_GROUPS as readonly string[]).includes(v);

/** Rows shown before "show all": a province can have a hundred units below Tốt. */
export const FIRST_ROWS = 20;

/**
 * Units below Tốt, the largest gap first: their total and grade, what the gap rests on, where they
 * lose most points and what the progress group would need. Filter by group, search, export.
 */
export function BelowTargetTable({ answer, monthText }: BelowTargetTableProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const [group, setGroup] = useState<UnitGroup | null>(null);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const below = useMemo(() => unitsBelowTarget(answer.units), [answer.units]);
  const rows = useMemo(() => filterUnits(below, { group, search }), [below, group, search]);
  const groups = UNIT_GROUPS.filter((g) => below.some((u) => u.unitGroup === g));
  const caption = t('target.below.caption', { month: monthText });
  const lossesOf = (u: TargetUnit) => topLosses(u, answer.version, language);
  const lossText = (l: Loss) =>
    t('target.below.loss', { group: l.name, lost: formatPoints(l.lost), max: formatPoints(l.maxPoints) });

  const exportCsv = () => {
    const table: ExportTable = {
      sheetName: t('target.below.heading'),
      columns: [
        { header: t('target.below.col.unit'), kind: 'text' },
        { header: t('target.below.code'), kind: 'text' },
        { header: t('target.below.col.group'), kind: 'text' },
        { header: t('target.below.col.total'), kind: 'decimal' },
        { header: t('target.below.grade'), kind: 'text' },
        { header: t('target.below.col.basis'), kind: 'text' },
        { header: t('target.below.col.gap'), kind: 'decimal' },
        { header: t('target.below.col.losses'), kind: 'text' },
        { header: t('target.below.col.action'), kind: 'text' },
      ],
      rows: rows.map((u) => [
        u.unitName,
        (u.basis === 'official' ? u.official?.unitCode : u.estimate?.scorecard.unitCode) ?? u.unitId,
        t(`filters.unitGroup.${u.unitGroup}`),
        u.total,
        gradeLabel(answer.version, u.grade, language),
        t(`target.basis.${u.basis}`),
        u.gap,
        lossesOf(u).map(lossText).join('; '),
        whatItTakesText(t, u.progress, u.recoverable),
      ]),
    };
    downloadBlob(csvBlob(table), exportFileName([t('target.below.exportStem'), answer.month], 'csv'));
  };

  if (below.length === 0) return <p>{t('target.below.none')}</p>;

  return (
    <div className="below-target">
      <p>{t('target.below.summary', { below: below.length, good: unitsAtTarget(answer.units) })}</p>
      <div className="below-target__controls">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-group`}>
            {t('target.below.group')}
          </label>
          <select
            id={`${id}-group`}
            className="field__input"
            value={group ?? ''}
            onChange={(e) => setGroup(isUnitGroup(e.target.value) ? e.target.value : null)}
          >
            <option value="">{t('target.below.allGroups')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {t(`filters.unitGroup.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-search`}>
            {t('target.below.search')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="field__input"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <Button onClick={exportCsv} disabled={rows.length === 0}>
          {t('target.below.exportCsv')}
        </Button>
      </div>
      <p className="muted" aria-live="polite">
        {t('target.below.shown', {
          shown: showAll ? rows.length : Math.min(rows.length, FIRST_ROWS),
          total: below.length,
        })}
      </p>
      {rows.length === 0 ? (
        <p>{t('target.below.noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table below-target__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('target.below.col.unit')}</th>
                <th scope="col">{t('target.below.col.group')}</th>
                <th scope="col">
                  {t('target.below.col.total')} <MetricInfoLink metric="grade" />
                </th>
                <th scope="col">
                  {t('target.below.col.basis')} <MetricInfoLink metric="estimateTotal" />
                </th>
                <th scope="col">
                  {t('target.below.col.gap')} <MetricInfoLink metric="gapTo80" />
                </th>
                <th scope="col">
                  {t('target.below.col.losses')} <MetricInfoLink metric="lostByGroup" />
                </th>
                <th scope="col">
                  {t('target.below.col.action')} <MetricInfoLink metric="progressWhatItTakes" />
                </th>
              </tr>
            </thead>
            <tbody>
              {(showAll ? rows : rows.slice(0, FIRST_ROWS)).map((u) => {
                const losses = lossesOf(u);
                return (
                  <tr key={u.unitId}>
                    <th scope="row">
                      <Link to={unitPath(u.unitId, answer.month)}>{u.unitName}</Link>
                    </th>
                    <td>{t(`filters.unitGroup.${u.unitGroup}`)}</td>
                    <td>
                      <span className="below-target__total">
                        {t('target.below.points', { value: formatPoints(u.total) })}
                      </span>{' '}
                      <GradeBadge grade={u.grade} version={answer.version} />
                      {u.basis === 'official' && u.estimate && (
                        <span className="below-target__estimate">
                          {t('target.below.estimateToo', { value: formatPoints(u.estimate.scorecard.total) })}
                        </span>
                      )}
                      {u.estimate && !u.estimate.complete && (
                        <span className="below-target__note">{t('target.below.incomplete')}</span>
                      )}
                      {u.estimate?.versionMismatch && (
                        <span className="below-target__note">{t('target.below.versionMismatch')}</span>
                      )}
                    </td>
                    <td>
                      <BasisBadge basis={u.basis} />
                    </td>
                    <td className="below-target__gap">
                      {t('target.below.gap', { value: formatPoints(u.gap) })}
                    </td>
                    <td>
                      {losses.length === 0 ? (
                        <span className="muted">{t('target.below.noLoss')}</span>
                      ) : (
                        <ul className="below-target__losses">
                          {losses.map((l) => (
                            <li key={l.code}>{lossText(l)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="below-target__action">{whatItTakesText(t, u.progress, u.recoverable)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!showAll && rows.length > FIRST_ROWS && (
        <Button onClick={() => setShowAll(true)}>{t('target.below.showAll', { count: rows.length })}</Button>
      )}
    </div>
  );
}

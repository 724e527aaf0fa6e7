import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DossierListKind } from '../../../../domain/lists.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { PageSkeleton } from '../../../components/ui/Skeleton.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { type FilterKey, useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import type { DossierSort } from '../components/columns.tsx';
import { DossierList } from '../components/DossierList.tsx';
import { KindTabs } from '../components/KindTabs.tsx';
import {
  DUE_WITHIN_PARAM,
  KIND_PARAM,
  MAX_DUE_WITHIN,
  parseDueWithin,
  parseKind,
  parseSort,
  SORT_PARAM,
} from '../lib/list-url.ts';
import '../dossiers.css';

const FILTER_FIELDS: readonly FilterKey[] = ['unit', 'receivingUnit', 'sector', 'procedure', 'channel'];

/** /ho-so: the follow-up lists (overdue, due soon, …) of the period, one tab each. */
export function DossiersRoute() {
  const { t } = useTranslation();
  const id = useId();
  useDocumentTitle(t('dossiers.title'));
  const dashboard = useDashboardFilters();
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get(KIND_PARAM));
  const sort = parseSort(params.get(SORT_PARAM));
  const chosenDueWithin = kind === 'dueSoon' ? parseDueWithin(params.get(DUE_WITHIN_PARAM)) : null;
  const [answerDueWithin, setAnswerDueWithin] = useState<number | null>(null);

  const setParam = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) out.delete(key);
          else out.set(key, value);
        }
        return out;
      }),
    [setParams],
  );

  const rememberDefault = useCallback(
    (days: number | null) => {
      if (kind === 'dueSoon' && chosenDueWithin === null && days !== null) setAnswerDueWithin(days);
    },
    [kind, chosenDueWithin],
  );

  const changeKind = (next: DossierListKind) =>
    setParam({ [KIND_PARAM]: next, ...(next === 'dueSoon' ? {} : { [DUE_WITHIN_PARAM]: null }) });
  const changeSort = (next: DossierSort) => setParam({ [SORT_PARAM]: next === 'dueAt' ? null : next });

  if (dashboard.status === 'pending') return <PageSkeleton />;

  const base = {
    kind,
    ...dashboard.range,
    ...dashboard.filters,
    sort,
    ...(chosenDueWithin !== null ? { dueWithin: chosenDueWithin } : {}),
  };
  const kindLabel = t(`dossiers.kinds.${kind}`);
  const days = chosenDueWithin ?? answerDueWithin ?? 0;
  const filtered = Object.values(dashboard.filters).some((v) => v !== undefined);

  return (
    <>
      <PageHeader title={t('dossiers.title')}>
        <p>{t('dossiers.intro')}</p>
      </PageHeader>
      <FilterBar fields={FILTER_FIELDS} />
      <KindTabs id={id} kind={kind} onChange={changeKind} />
      <section
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${kind}`}
        className="panel dossiers-panel"
      >
        <p className="dossiers-panel__about">{t(`dossiers.about.${kind}`, { days })}</p>
        {kind === 'dueSoon' && (
          <DueWithinField
            value={chosenDueWithin}
            fallback={answerDueWithin}
            onChange={(n) => setParam({ [DUE_WITHIN_PARAM]: n === null ? null : String(n) })}
          />
        )}
        <DossierList
          base={base}
          kindLabel={kindLabel}
          onSort={changeSort}
          onDueWithin={rememberDefault}
          empty={
            <EmptyState
              title={t(`dossiers.empty.${kind}`)}
              actions={
                filtered ? (
                  <Button variant="secondary" onClick={dashboard.clearFilters}>
                    {t('dossiers.empty.clearFilters')}
                  </Button>
                ) : undefined
              }
            >
              <p>{t(`dossiers.empty.${kind}Body`, { days })}</p>
              {filtered && <p>{t('dossiers.empty.filtered')}</p>}
            </EmptyState>
          }
        />
      </section>
    </>
  );
}

/** N of "due within N working days": the settings' value until the user picks another. */
function DueWithinField({
  value,
  fallback,
  onChange,
}: {
  value: number | null;
  fallback: number | null;
  onChange: (n: number | null) => void;
}) {
  const { t } = useTranslation();
  const shown = value ?? fallback;
  const [text, setText] = useState(shown === null ? '' : String(shown));
  useEffect(() => setText(shown === null ? '' : String(shown)), [shown]);
  return (
    <div className="dossiers-panel__due-within">
      <TextField
        label={t('dossiers.dueWithin.label')}
        hint={fallback !== null ? t('dossiers.dueWithin.hint', { days: fallback }) : undefined}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_DUE_WITHIN}
        step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseDueWithin(e.target.value);
          if (n !== null) onChange(n === fallback ? null : n);
        }}
      />
    </div>
  );
}

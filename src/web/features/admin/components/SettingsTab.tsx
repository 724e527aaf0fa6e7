import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SettingsResponse, TARGET_METRICS } from '../../../../api/settings.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { metricLabel } from '../../definitions/lib/metrics.ts';
import { settingsQueryOptions } from '../../metrics/api/settings.ts';
import { settingsQueryKey, useSaveSettings } from '../api/admin-data.ts';
import { fieldErrorsOf, isConflict } from '../lib/field-errors.ts';
import {
  emptyTargetRow,
  formOf,
  parseForm,
  type SettingsForm,
  type SettingsFormErrors,
} from '../lib/settings-form.ts';
import { SaveBar } from './SaveBar.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { VersionLine } from './VersionLine.tsx';

export function SettingsTab() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueryOptions());
  return (
    <section className="panel" aria-labelledby="settings-title">
      <h2 id="settings-title" className="panel__title">
        {t('admin.tabs.settings')}
      </h2>
      <QueryState query={settings}>
        {(data) =>
          data ? <SettingsEditor data={data} /> : <ErrorState message={t('errors.forbidden.title')} />
        }
      </QueryState>
      <VersionHistory doc="settings" />
    </section>
  );
}

function SettingsEditor({ data }: { data: SettingsResponse }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const queryClient = useQueryClient();
  const save = useSaveSettings();
  const [form, setForm] = useState<SettingsForm>(() => formOf(data.settings));
  const nextKey = useRef(form.targets.length);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [local, setLocal] = useState<SettingsFormErrors>({});

  const change = (next: SettingsForm) => {
    setForm(next);
    setDirty(true);
    setDone(null);
  };
  const setRow = (
    key: number,
    update: (row: SettingsForm['targets'][number]) => SettingsForm['targets'][number],
  ) => change({ ...form, targets: form.targets.map((r) => (r.key === key ? update(r) : r)) });

  // Server messages name fields by year (`settings.targets.2025.onTimeRate`); the form by row.
  const server = fieldErrorsOf(save.error);
  const errorOf = (field: string, year?: string) => {
    const code = local[field];
    if (code) return t(`admin.settings.errors.${code}`);
    const serverPath = year === undefined ? field : field.replace(/^targets\.\d+/, `targets.${year}`);
    return server[`settings.${serverPath}`] ?? null;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseForm(form);
    if (!parsed.ok) {
      setLocal(parsed.errors);
      return;
    }
    setLocal({});
    save.mutate(
      { baseVersion: data.version, settings: parsed.settings },
      {
        onSuccess: (answer) => {
          setConflict(false);
          setDirty(false);
          setForm(formOf(answer.settings));
          nextKey.current = Object.keys(answer.settings.targets).length;
          setDone(t('admin.common.savedVersion', { version: answer.version }));
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setConflict(true);
          void queryClient.invalidateQueries({ queryKey: settingsQueryKey });
        },
      },
    );
  };
  const discard = () => {
    const fresh = formOf(data.settings);
    setForm(fresh);
    nextKey.current = fresh.targets.length;
    setDirty(false);
    setConflict(false);
    setLocal({});
    save.reset();
  };
  const addYear = () => {
    const latest = Math.max(new Date().getFullYear() - 1, ...form.targets.map((r) => Number(r.year) || 0));
    change({ ...form, targets: [...form.targets, emptyTargetRow(nextKey.current++, String(latest + 1))] });
  };
  const hasLocalErrors = Object.keys(local).length > 0;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <VersionLine info={data} />
      <fieldset className="admin-fieldset">
        <legend>{t('admin.settings.publicMode.title')}</legend>
        <label className="admin-check">
          <input
            type="checkbox"
            checked={form.publicMode}
            onChange={(e) => change({ ...form, publicMode: e.target.checked })}
            aria-describedby="public-mode-help"
          />
          {t('admin.settings.publicMode.label')}
        </label>
        <p id="public-mode-help" className="field__hint">
          {t('admin.settings.publicMode.help')}
        </p>
      </fieldset>
      <TextField
        label={t('admin.settings.dueSoon.label')}
        hint={t('admin.settings.dueSoon.hint')}
        inputMode="numeric"
        value={form.dueSoonWorkingDays}
        onChange={(e) => change({ ...form, dueSoonWorkingDays: e.target.value })}
        error={errorOf('dueSoonWorkingDays')}
      />
      <fieldset className="admin-fieldset">
        <legend>{t('admin.settings.targets.title')}</legend>
        <p className="field__hint">{t('admin.settings.targets.hint')}</p>
        {form.targets.length === 0 ? (
          <p className="muted">{t('admin.settings.targets.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table admin-targets">
              <caption className="visually-hidden">{t('admin.settings.targets.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.settings.targets.year')}</th>
                  {TARGET_METRICS.map((m) => (
                    <th scope="col" key={m}>
                      {metricLabel(m, language)} <MetricInfoLink metric={m} />
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.users.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {form.targets.map((row) => {
                  const yearError = errorOf(`targets.${row.key}.year`, row.year);
                  return (
                    <tr key={row.key}>
                      <td>
                        <CellInput
                          label={t('admin.settings.targets.yearOf', { n: form.targets.indexOf(row) + 1 })}
                          value={row.year}
                          error={yearError}
                          onChange={(year) => setRow(row.key, (r) => ({ ...r, year }))}
                          width="year"
                        />
                      </td>
                      {TARGET_METRICS.map((m) => (
                        <td key={m}>
                          <CellInput
                            label={t('admin.settings.targets.cell', {
                              metric: metricLabel(m, language),
                              year: row.year,
                            })}
                            value={row.values[m]}
                            error={errorOf(`targets.${row.key}.${m}`, row.year)}
                            onChange={(v) =>
                              setRow(row.key, (r) => ({ ...r, values: { ...r.values, [m]: v } }))
                            }
                            suffix="%"
                          />
                        </td>
                      ))}
                      <td>
                        <Button
                          size="small"
                          variant="ghost"
                          aria-label={t('admin.settings.targets.removeYear', { year: row.year })}
                          onClick={() =>
                            change({ ...form, targets: form.targets.filter((r) => r.key !== row.key) })
                          }
                        >
                          {t('admin.settings.targets.remove')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="button-row">
          <Button onClick={addYear}>{t('admin.settings.targets.addYear')}</Button>
        </div>
      </fieldset>
      {hasLocalErrors && (
        <p className="field__error" role="alert">
          {t('admin.common.fixErrors')}
        </p>
      )}
      <SaveBar
        dirty={dirty}
        saving={save.isPending}
        conflict={conflict}
        error={save.error}
        done={done}
        onDiscard={discard}
      />
    </form>
  );
}

function CellInput({
  label,
  value,
  error,
  onChange,
  suffix,
  width = 'percent',
}: {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  suffix?: string;
  width?: 'percent' | 'year';
}) {
  const id = useId();
  return (
    <div className={`admin-cell admin-cell--${width}${error ? ' field--invalid' : ''}`}>
      <span className="admin-cell__input">
        <input
          className="field__input"
          inputMode="decimal"
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        {suffix && <span aria-hidden>{suffix}</span>}
      </span>
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

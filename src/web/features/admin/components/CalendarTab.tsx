import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarResponse } from '../../../../api/calendar.ts';
import type { HolidayYear } from '../../../../domain/holidays.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { calendarQueryKey, calendarQueryOptions, useSaveCalendar } from '../api/admin-data.ts';
import { type DayKind, dayProblem, withDay } from '../lib/calendar-edit.ts';
import { fieldErrorsOf, isConflict } from '../lib/field-errors.ts';
import { SaveBar } from './SaveBar.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { VersionLine } from './VersionLine.tsx';

export function CalendarTab() {
  const { t } = useTranslation();
  const calendar = useQuery(calendarQueryOptions());
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title" className="panel__title">
        {t('admin.tabs.calendar')}
      </h2>
      <p className="muted">{t('admin.calendar.intro')}</p>
      <QueryState query={calendar}>{(data) => <CalendarEditor data={data} />}</QueryState>
      <VersionHistory doc="calendar" />
    </section>
  );
}

const dayText = (isoDay: string) => isoDay.split('-').reverse().join('/');

function CalendarEditor({ data }: { data: CalendarResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveCalendar();
  const [draft, setDraft] = useState<HolidayYear[]>(data.years);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(
    () => data.years.map((y) => y.year).sort((a, b) => b - a)[0] ?? null,
  );
  const [newYear, setNewYear] = useState('');
  const [newYearError, setNewYearError] = useState<string | null>(null);

  const change = (next: HolidayYear[]) => {
    setDraft(next);
    setDirty(true);
    setDone(null);
  };
  const current = draft.find((y) => y.year === year) ?? null;
  const years = draft.map((y) => y.year).sort((a, b) => b - a);

  const addYear = () => {
    const n = Number(newYear);
    if (!/^\d{4}$/.test(newYear.trim()) || n < 1990 || n > 2100) {
      setNewYearError(t('admin.calendar.yearInvalid'));
      return;
    }
    setNewYearError(null);
    if (!draft.some((y) => y.year === n)) change([...draft, { year: n, holidays: [], workingSaturdays: [] }]);
    setYear(n);
    setNewYear('');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { baseVersion: data.version, years: draft },
      {
        onSuccess: (answer) => {
          setConflict(false);
          setDirty(false);
          setDraft(answer.years);
          setDone(t('admin.common.savedVersion', { version: answer.version }));
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setConflict(true);
          void queryClient.invalidateQueries({ queryKey: calendarQueryKey });
        },
      },
    );
  };
  const discard = () => {
    setDraft(data.years);
    setDirty(false);
    setConflict(false);
    save.reset();
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <VersionLine info={data} />
      <div className="admin-inline">
        {years.length > 0 && (
          <SelectField
            label={t('admin.calendar.year')}
            value={String(year ?? '')}
            onChange={(e) => setYear(Number(e.target.value))}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        )}
        <TextField
          label={t('admin.calendar.newYear')}
          inputMode="numeric"
          value={newYear}
          onChange={(e) => setNewYear(e.target.value)}
          error={newYearError}
        />
        <Button onClick={addYear}>{t('admin.calendar.addYear')}</Button>
      </div>
      {current ? (
        <>
          <DayList
            year={current}
            kind="holidays"
            onChange={(day, add) => change(withDay(draft, current.year, 'holidays', day, add))}
          />
          <DayList
            year={current}
            kind="workingSaturdays"
            onChange={(day, add) => change(withDay(draft, current.year, 'workingSaturdays', day, add))}
          />
          <div className="field">
            <label className="field__label" htmlFor="calendar-note">
              {t('admin.calendar.note')}
            </label>
            <textarea
              id="calendar-note"
              className="field__input admin-textarea"
              value={current.note ?? ''}
              onChange={(e) =>
                change(
                  draft.map((y) => {
                    if (y.year !== current.year) return y;
                    const { note: _, ...rest } = y;
                    return e.target.value === '' ? rest : { ...rest, note: e.target.value };
                  }),
                )
              }
            />
          </div>
        </>
      ) : (
        <p className="muted">{t('admin.calendar.noYears')}</p>
      )}
      <SaveBar
        dirty={dirty}
        saving={save.isPending}
        conflict={conflict}
        error={save.error}
        fieldMessages={Object.values(fieldErrorsOf(save.error))}
        done={done}
        onDiscard={discard}
      />
    </form>
  );
}

function DayList({
  year,
  kind,
  onChange,
}: {
  year: HolidayYear;
  kind: DayKind;
  onChange: (isoDay: string, add: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState('');
  const [error, setError] = useState<string | null>(null);
  const weekday = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  const add = () => {
    const problem = dayProblem(year, kind, day);
    if (problem) {
      setError(t(`admin.calendar.problem.${problem}`, { year: year.year }));
      return;
    }
    setError(null);
    onChange(day, true);
    setDay('');
  };
  const days = year[kind];
  return (
    <fieldset className="admin-fieldset">
      <legend>{t(`admin.calendar.${kind}.title`, { year: year.year })}</legend>
      <p className="field__hint">{t(`admin.calendar.${kind}.hint`)}</p>
      {days.length === 0 ? (
        <p className="muted">{t('admin.calendar.none')}</p>
      ) : (
        <ul className="admin-chips">
          {days.map((d) => (
            <li key={d} className="admin-chip">
              <span>
                {dayText(d)} <span className="muted">({weekday.format(new Date(`${d}T00:00:00Z`))})</span>
              </span>
              <Button
                size="small"
                variant="ghost"
                aria-label={t('admin.calendar.remove', { day: dayText(d) })}
                onClick={() => onChange(d, false)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="admin-inline">
        <TextField
          label={t(`admin.calendar.${kind}.add`)}
          type="date"
          min={`${year.year}-01-01`}
          max={`${year.year}-12-31`}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={error}
        />
        <Button onClick={add} disabled={day === ''}>
          {t('admin.calendar.addDay')}
        </Button>
      </div>
    </fieldset>
  );
}

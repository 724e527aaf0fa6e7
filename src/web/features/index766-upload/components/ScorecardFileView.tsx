import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeBandById, indexVersionById } from '../../../../domain/index766.ts';
import { periodFromInput } from '../../../../ingest/scorecard/title.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatBytes, formatDecimal, formatInteger } from '../../../lib/format.ts';
import { GRADE_ORDER, type PreviewUnit } from '../lib/scorecard-preview.ts';
import type { ScorecardFileSummary } from '../worker/protocol.ts';
import { PublishSet } from './PublishSet.tsx';
import { SetProblemsTable } from './SetProblemsTable.tsx';

/** One scorecard file: what was read, its period (correctable), problems, preview and publish. */
export function ScorecardFileView({
  summary,
  file,
  busy,
  onPeriod,
}: {
  summary: ScorecardFileSummary;
  file: File;
  busy: boolean;
  onPeriod: (period: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const problems = summary.problems.map((p) => ({
    row: p.row,
    unit: p.row === null ? null : (summary.unitByRow[p.row] ?? null),
    field: p.column,
    value: p.value,
    reason: p.message,
    severity: p.severity,
  }));
  return (
    <article className="index766-file" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="index766-file__title">
        {t('index766Upload.file.heading', { file: summary.file })}
      </h2>
      <ScorecardFacts summary={summary} onPeriod={onPeriod} busy={busy} />
      <SetProblemsTable
        file={summary.file}
        problems={problems}
        showUnit
        csvName={t('index766Upload.problems.csvFile', { kind: 'bang-diem' })}
      />
      <ScorecardPreviewPanel summary={summary} />
      <PublishSet
        set={{ kind: 'scorecards', file, scorecards: summary.scorecards }}
        blockedReason={summary.scorecards.length === 0 ? t('index766Upload.publish.nothing') : null}
      />
    </article>
  );
}

function ScorecardFacts({
  summary,
  onPeriod,
  busy,
}: {
  summary: ScorecardFileSummary;
  onPeriod: (period: string) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const { report, coverage } = summary;
  const version = report.versionId ? indexVersionById(report.versionId) : null;
  const [draft, setDraft] = useState(report.period ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const period = periodFromInput(draft);
    if (period === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(period);
    onPeriod(period);
  };
  const kindText = report.kind
    ? t(`index766Upload.file.kinds.${report.kind}`)
    : t('index766Upload.file.kinds.unknown');
  return (
    <section className="panel" aria-labelledby={`${id}-facts`}>
      <h3 id={`${id}-facts`} className="panel__title">
        {t('index766Upload.file.summary', { file: summary.file })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('index766Upload.file.kind')}</dt>
          <dd>
            {kindText}
            {report.shape && ` (${t(`index766Upload.file.shapes.${report.shape}`)})`}
          </dd>
        </div>
        <div>
          <dt>{t('index766Upload.file.size')}</dt>
          <dd>{formatBytes(summary.sizeBytes)}</dd>
        </div>
        <div>
          <dt>{t('index766Upload.period.label')}</dt>
          <dd data-fact="period">
            {report.period ?? '—'}
            {summary.periodOverride && ` (${t('index766Upload.period.override')})`}
          </dd>
        </div>
        <div>
          <dt>{t('index766Upload.version.label')}</dt>
          <dd>
            {version
              ? language === 'vi'
                ? version.labelVi
                : version.labelEn
              : t('index766Upload.version.unknown')}
          </dd>
        </div>
        {report.asOf && (
          <div>
            <dt>{t('index766Upload.asOf')}</dt>
            <dd>{report.asOf.split('-').reverse().join('/')}</dd>
          </div>
        )}
        <div>
          <dt>{t('index766Upload.file.rows')}</dt>
          <dd data-fact="counts">
            {t('index766Upload.file.counts', {
              rowsRead: formatInteger(report.rowsRead),
              accepted: formatInteger(report.accepted),
              rejected: formatInteger(report.rejected),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('index766Upload.coverage.label')}</dt>
          <dd>
            <ul className="index766-file__coverage">
              <li>{t('index766Upload.coverage.full', { n: formatInteger(coverage.full) })}</li>
              <li>{t('index766Upload.coverage.partial', { n: formatInteger(coverage.partial) })}</li>
              <li>{t('index766Upload.coverage.totalOnly', { n: formatInteger(coverage['total-only']) })}</li>
            </ul>
          </dd>
        </div>
      </dl>
      {coverage.partial > 0 && (
        <p className="notice notice--warning">{t('index766Upload.coverage.partialNote')}</p>
      )}
      {coverage['total-only'] > 0 && <p className="muted">{t('index766Upload.coverage.totalOnlyNote')}</p>}
      {report.period === null && (
        <p className="notice notice--warning">{t('index766Upload.period.missing')}</p>
      )}
      <form className="index766-period" onSubmit={submit} noValidate>
        <div className={`field${invalid ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-period`}>
            {t('index766Upload.period.edit', { file: summary.file })}
          </label>
          <p id={`${id}-period-hint`} className="field__hint">
            {t('index766Upload.period.editHint')}
          </p>
          <input
            id={`${id}-period`}
            className="field__input"
            type="text"
            inputMode="text"
            autoComplete="off"
            placeholder="2026-03"
            value={draft}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`${id}-period-hint${invalid ? ` ${id}-period-error` : ''}`}
            onChange={(e) => setDraft(e.target.value)}
          />
          {invalid && (
            <p id={`${id}-period-error`} className="field__error">
              {t('index766Upload.period.invalid')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {t('index766Upload.period.apply')}
        </button>
      </form>
    </section>
  );
}

function ScorecardPreviewPanel({ summary }: { summary: ScorecardFileSummary }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const p = summary.preview;
  const gradeWord = (grade: PreviewUnit['grade']) => {
    const band = gradeBandById(grade);
    return language === 'vi' ? band.labelVi : band.labelEn;
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel__title">
        {t('index766Upload.scorecards.previewTitle', { file: summary.file })}
      </h3>
      {p.units === 0 ? (
        <p>{t('index766Upload.scorecards.noCards')}</p>
      ) : (
        <>
          {summary.report.period && (
            <p>{t('index766Upload.scorecards.official', { period: summary.report.period })}</p>
          )}
          <dl className="stat-grid">
            <div className="stat">
              <dt className="stat__label">{t('index766Upload.scorecards.units')}</dt>
              <dd className="stat__value" data-stat="units">
                {formatInteger(p.units)}
              </dd>
            </div>
            <div className="stat">
              <dt className="stat__label">{t('index766Upload.scorecards.good')}</dt>
              <dd className="stat__value" data-stat="good">
                {t('index766Upload.scorecards.goodOf', {
                  good: formatInteger(p.goodOrBetter),
                  graded: formatInteger(p.graded),
                })}
              </dd>
            </div>
          </dl>
          {p.partial > 0 && (
            <p className="muted">
              {t('index766Upload.scorecards.partialExcluded', { n: formatInteger(p.partial) })}
            </p>
          )}
          <h4>{t('index766Upload.scorecards.grades')}</h4>
          <ul className="index766-grades" aria-label={t('index766Upload.scorecards.grades')}>
            {GRADE_ORDER.map((grade) => (
              <li key={grade} className={`index766-grades__item grade--${grade}`} data-grade={grade}>
                {t('index766Upload.scorecards.gradeCount', {
                  grade: gradeWord(grade),
                  n: formatInteger(p.grades[grade]),
                })}
              </li>
            ))}
          </ul>
          <div className="index766-extremes">
            <UnitList title={t('index766Upload.scorecards.top')} units={p.top} gradeWord={gradeWord} />
            {p.bottom.length > 0 && (
              <UnitList
                title={t('index766Upload.scorecards.bottom')}
                units={p.bottom}
                gradeWord={gradeWord}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

function UnitList({
  title,
  units,
  gradeWord,
}: {
  title: string;
  units: readonly PreviewUnit[];
  gradeWord: (grade: PreviewUnit['grade']) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('index766Upload.scorecards.unit')}</th>
            <th scope="col" className="num">
              {t('index766Upload.scorecards.total')}
            </th>
            <th scope="col">{t('index766Upload.scorecards.grade')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={`${u.unitCode ?? ''}-${u.unitName}`}>
              <th scope="row">{u.unitName}</th>
              <td className="num">{formatDecimal(u.total, 2)}</td>
              <td>{gradeWord(u.grade)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

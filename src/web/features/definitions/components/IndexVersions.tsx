import { useTranslation } from 'react-i18next';
import {
  gradeBandRanges,
  INDEX_VERSIONS,
  type IndexVersion,
  maxTotalOf,
} from '../../../../domain/index766.ts';
import { GradeBadge } from '../../../components/ui/GradeBadge.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatDecimal } from '../../../lib/format.ts';

/** Each QĐ 766 index version as the core configures it: groups, maxima and grade bands, newest first. */
export function IndexVersions() {
  const { t } = useTranslation();
  return (
    <section className="definitions__versions" aria-labelledby="index-versions">
      <h3 id="index-versions" tabIndex={-1}>
        {t('definitions.versions.title')}
      </h3>
      <p>{t('definitions.versions.intro')}</p>
      <div className="definitions__list">
        {[...INDEX_VERSIONS].reverse().map((version) => (
          <VersionCard key={version.id} version={version} />
        ))}
      </div>
    </section>
  );
}

function VersionCard({ version }: { version: IndexVersion }) {
  const { t, i18n } = useTranslation();
  const english = languageOf(i18n) === 'en';
  const [year, month] = version.validFrom.split('-');
  const captionId = `index-version-${version.id}`;
  return (
    <article className="definition" aria-labelledby={captionId}>
      <h4 id={captionId} className="definition__label">
        {english ? version.labelEn : version.labelVi}
      </h4>
      <p className="muted">{t('definitions.versions.validFrom', { month: `${month}/${year}` })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{english ? version.labelEn : version.labelVi}</caption>
          <thead>
            <tr>
              <th scope="col">{t('definitions.versions.group')}</th>
              <th scope="col">{t('definitions.versions.code')}</th>
              <th scope="col" className="num">
                {t('definitions.versions.maxPoints')}
              </th>
            </tr>
          </thead>
          <tbody>
            {version.groups.map((g) => (
              <tr key={g.code}>
                <td lang={english ? undefined : 'vi'}>{english ? g.nameEn : g.nameVi}</td>
                <td className="definitions__code">
                  <code>{g.code}</code>
                </td>
                <td className="num">{formatDecimal(g.maxPoints, 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('definitions.versions.total')}
              </th>
              <td className="num">{formatDecimal(maxTotalOf(version), 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h5 className="definitions__bands-title">{t('definitions.versions.grades')}</h5>
      <ul className="definitions__bands">
        {gradeBandRanges(version).map(({ band, from, below }) => {
          const words = english ? band.labelEn : band.labelVi;
          const range =
            from === null
              ? t('definitions.versions.below', { points: below })
              : below === null
                ? t('definitions.versions.from', { points: from })
                : t('definitions.versions.between', { from, to: below });
          return (
            <li key={band.id}>
              <GradeBadge grade={band.id} label={words} /> {range}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '../../../../api/index766.ts';
import { GradeBadge as UiGradeBadge } from '../../../components/ui/GradeBadge.tsx';
import '../../../components/ui/badge.css';
import { languageOf } from '../../../i18n/index.ts';
import { type Basis, type GradeId, gradeLabel } from '../lib/target-view.ts';

/** Official or estimate, in words: a number on this page always says which it is. */
export function BasisBadge({ basis }: { basis: Basis }) {
  const { t } = useTranslation();
  return <span className={`badge basis-badge--${basis}`}>{t(`target.basis.${basis}`)}</span>;
}

/** A grade's word on its colour (the word carries the meaning; the colour only repeats it). */
export function GradeBadge({ grade, version }: { grade: GradeId; version: TargetResponse['version'] }) {
  const { i18n } = useTranslation();
  return <UiGradeBadge grade={grade} label={gradeLabel(version, grade, languageOf(i18n))} />;
}

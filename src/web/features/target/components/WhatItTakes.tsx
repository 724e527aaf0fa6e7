import type { TFunction } from 'i18next';
import type { TargetUnit } from '../../../../api/index766.ts';
import { formatInteger } from '../../../lib/format.ts';
import { formatPoints } from '../lib/points.ts';

/** The progress group's "what it would take" in words (also the CSV's text). */
export function whatItTakesText(
  t: TFunction,
  progress: TargetUnit['progress'],
  recoverable: TargetUnit['recoverable'] = null,
): string {
  if (progress === null) return t('target.action.none');
  switch (progress.kind) {
    case 'already':
      return t('target.action.already', { points: formatPoints(progress.progressPoints) });
    case 'reachable':
      return t('target.action.reachable', {
        count: formatInteger(progress.resolve),
        from: formatPoints(progress.progressPoints),
        to: formatPoints(progress.progressPointsAfter),
      });
    case 'unreachable':
      switch (progress.reason) {
        case 'no-dossiers':
          return t('target.action.noDossiers');
        case 'progress-max-not-enough':
          return t('target.action.progressMax');
        case 'too-few-recoverable':
          return t('target.action.tooFew', {
            count: formatInteger(progress.resolveNeeded ?? 0),
            recoverable: formatInteger(recoverable ?? 0),
          });
      }
  }
}

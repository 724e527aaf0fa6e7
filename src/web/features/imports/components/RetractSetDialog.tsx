import { useTranslation } from 'react-i18next';
import type { ScoreSet } from '../../../../api/index766.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { useRetractScoreSet } from '../api/score-sets.ts';

/** Confirms retracting a scorecard or feedback set, saying what it does. */
export function RetractSetDialog({
  set,
  onClose,
  onDone,
}: {
  set: ScoreSet;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const retract = useRetractScoreSet();
  return (
    <Dialog
      open
      alert
      title={t('imports.sets.retract.title', { file: set.fileName })}
      onClose={onClose}
      actions={
        <>
          <Button
            variant="danger"
            disabled={retract.isPending}
            onClick={() =>
              retract.mutate(set.id, {
                onSuccess: () => onDone(t('imports.sets.retract.done', { file: set.fileName })),
              })
            }
          >
            {retract.isPending ? t('imports.sets.retract.submitting') : t('imports.sets.retract.confirm')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('imports.sets.retract.cancel')}
          </Button>
        </>
      }
    >
      <p>{t(`imports.sets.retract.${set.kind}`)}</p>
      <ErrorAlert error={retract.error} />
    </Dialog>
  );
}

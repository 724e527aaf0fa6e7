import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { DateRange } from 'react-day-picker';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../../api/query.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { isoDayOf, localDateOf } from '../lib/local-day.ts';
import { rangeLabel } from '../lib/period-selection.ts';

const RangeCalendar = lazy(() => import('./RangeCalendar.tsx').then((m) => ({ default: m.RangeCalendar })));

export interface DateRangePopoverProps {
  range: DayRange;
  years: readonly number[];
  onApply: (range: DayRange) => void;
}

/**
 * A button opening a calendar to pick a custom range (non-modal: Escape, Cancel or a click outside
 * closes it, focus goes back to the button). Nothing changes until Apply.
 */
export function DateRangePopover({ range, years, onApply }: DateRangePopoverProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DateRange | undefined>(undefined);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  };

  const toggle = () => {
    if (open) return close(false);
    setDraft({ from: localDateOf(range.from), to: localDateOf(range.to) });
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    }
  };

  const chosen: DayRange | null = draft?.from
    ? { from: isoDayOf(draft.from), to: isoDayOf(draft.to ?? draft.from) }
    : null;

  const apply = () => {
    if (!chosen) return;
    onApply(chosen);
    close(true);
  };

  const panelId = `${id}-panel`;
  const titleId = `${id}-title`;
  return (
    <div className="range-popover">
      <button
        ref={triggerRef}
        type="button"
        className="btn btn--secondary range-popover__trigger"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
      >
        {t('filters.period.chooseRange')}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          className="range-popover__panel"
          onKeyDown={onKeyDown}
        >
          <p id={titleId} className="range-popover__title">
            {t('filters.period.rangeDialog')}
          </p>
          <p className="field__hint">{t('filters.period.rangeHint')}</p>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <RangeCalendar
              language={i18n.language === 'en' ? 'en' : 'vi'}
              selected={draft}
              onSelect={setDraft}
              startMonth={new Date(years[0]!, 0, 1)}
              endMonth={new Date(years[years.length - 1]!, 11, 1)}
            />
          </Suspense>
          <p className="range-popover__chosen" aria-live="polite">
            {chosen
              ? t('filters.period.rangeSelected', { range: rangeLabel(chosen) })
              : t('filters.period.rangeNone')}
          </p>
          <div className="button-row">
            <Button variant="primary" onClick={apply} disabled={!chosen}>
              {t('filters.period.apply')}
            </Button>
            <Button variant="ghost" onClick={() => close(true)}>
              {t('filters.period.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

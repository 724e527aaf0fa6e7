import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ColumnChoice {
  id: string;
  label: string;
  visible: boolean;
}

export interface ColumnMenuProps {
  choices: readonly ColumnChoice[];
  onToggle: (id: string, visible: boolean) => void;
}

/** A button that opens a list of checkboxes, one per hideable column. Escape closes it. */
export function ColumnMenu({ choices, onToggle }: ColumnMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open menu closes it
    <div className="column-menu" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('rankings.columnsMenu.button')}
        <span aria-hidden> ▾</span>
      </button>
      <div id={panelId} className="column-menu__panel" hidden={!open}>
        <fieldset>
          <legend>{t('rankings.columnsMenu.legend')}</legend>
          {choices.map((c) => (
            <label key={c.id} className="column-menu__choice">
              <input type="checkbox" checked={c.visible} onChange={(e) => onToggle(c.id, e.target.checked)} />
              {c.label}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}

import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type DossierListKind, LIST_KINDS } from '../../../../domain/lists.ts';

export interface KindTabsProps {
  kind: DossierListKind;
  onChange: (kind: DossierListKind) => void;
  /** Id prefix: tab `${id}-tab-<kind>`, panel `${id}-panel`. */
  id: string;
}

/** The lists as tabs (arrow keys, Home and End move between them, as the ARIA tabs pattern has it). */
export function KindTabs({ kind, onChange, id }: KindTabsProps) {
  const { t } = useTranslation();
  const refs = useRef(new Map<DossierListKind, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number) => {
    const last = LIST_KINDS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = LIST_KINDS[next]!;
    onChange(target);
    refs.current.get(target)?.focus();
  };

  return (
    <div className="kind-tabs" role="tablist" aria-label={t('dossiers.kinds.label')}>
      {LIST_KINDS.map((k, index) => (
        <button
          key={k}
          ref={(el) => {
            if (el) refs.current.set(k, el);
            else refs.current.delete(k);
          }}
          type="button"
          role="tab"
          id={`${id}-tab-${k}`}
          aria-selected={k === kind}
          aria-controls={`${id}-panel`}
          tabIndex={k === kind ? 0 : -1}
          className="kind-tabs__tab"
          onClick={() => onChange(k)}
          onKeyDown={(e) => move(e, index)}
        >
          {t(`dossiers.kinds.${k}`)}
        </button>
      ))}
    </div>
  );
}

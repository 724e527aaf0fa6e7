import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../../api/query.ts';
import { formatInteger } from '../../../lib/format.ts';
import {
  anyOptionContains,
  optionForText,
  type SearchField,
  useFilterOptions,
} from '../lib/filter-options.ts';

export interface SearchFilterProps {
  field: SearchField;
  range: DayRange;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/**
 * A long list of choices (units, procedures…) as a text input with a <datalist>: the reader types
 * part of a name and picks it. Emptying the input clears the filter; a text that matches no choice
 * is dropped when the input loses focus.
 */
export function SearchFilter({ field, range, value, onChange }: SearchFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const { query, options } = useFilterOptions(field, range);
  const [draft, setDraft] = useState<string | null>(null);

  const current = value === undefined ? '' : (options?.find((o) => o.key === value)?.label ?? value);
  const text = draft ?? current;

  const commit = (input: string) => {
    const trimmed = input.trim();
    if (trimmed === '') {
      if (value !== undefined) onChange(undefined);
      setDraft(null);
      return;
    }
    const picked = options ? optionForText(options, trimmed) : null;
    if (picked) {
      if (picked.key !== value) onChange(picked.key);
      setDraft(null);
    }
  };

  const onInput = (next: string) => {
    setDraft(next);
    // Picking from the datalist puts an option's exact label in the input: take it at once.
    const picked = options?.find((o) => o.label === next);
    if (picked) {
      if (picked.key !== value) onChange(picked.key);
      setDraft(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Escape' && draft !== null) {
      setDraft(null);
    }
  };

  const noMatch =
    draft !== null && draft.trim() !== '' && options !== undefined && !anyOptionContains(options, draft);
  const hint = query.isError
    ? t('filters.optionsFailed')
    : options === undefined
      ? t('filters.optionsLoading')
      : noMatch
        ? t('filters.noMatch', { text: draft.trim() })
        : t('filters.optionsCount', { n: formatInteger(options.length) });

  return (
    <div className="filter-bar__field filter-bar__field--search">
      <label htmlFor={id} className="filter-bar__label">
        {t(`filters.field.${field}`)}
      </label>
      <input
        id={id}
        className="field__input"
        type="search"
        list={`${id}-options`}
        autoComplete="off"
        placeholder={t('filters.searchPlaceholder')}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={noMatch || undefined}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          commit(text);
          setDraft(null);
        }}
      />
      <datalist id={`${id}-options`}>
        {options?.map((o) => (
          <option key={o.key} value={o.label} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="field__hint" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}

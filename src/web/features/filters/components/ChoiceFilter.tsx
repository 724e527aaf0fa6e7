import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChoiceFilterProps<K extends string> {
  label: string;
  value: K | undefined;
  options: readonly { key: K; label: string }[];
  onChange: (value: K | undefined) => void;
}

/** A short list of choices (unit group, channel) as a native select; "All" clears the filter. */
export function ChoiceFilter<K extends string>({ label, value, options, onChange }: ChoiceFilterProps<K>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter-bar__field">
      <label htmlFor={id} className="filter-bar__label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => {
          const picked = options.find((o) => o.key === e.target.value);
          onChange(picked?.key);
        }}
      >
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

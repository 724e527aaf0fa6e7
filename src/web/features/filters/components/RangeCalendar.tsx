import { type DateRange, DayPicker } from 'react-day-picker';
import { vi } from 'react-day-picker/locale/vi';
import 'react-day-picker/style.css';

export interface RangeCalendarProps {
  language: 'vi' | 'en';
  selected: DateRange | undefined;
  onSelect: (range: DateRange | undefined) => void;
  /** First and last months the calendar can show. */
  startMonth: Date;
  endMonth: Date;
}

/**
 * The custom-range calendar. Its own module so react-day-picker and its CSS load only when a
 * reader opens the custom range, not with every dashboard.
 */
export function RangeCalendar({ language, selected, onSelect, startMonth, endMonth }: RangeCalendarProps) {
  return (
    <DayPicker
      mode="range"
      selected={selected}
      onSelect={onSelect}
      resetOnSelect
      {...(language === 'vi' ? { locale: vi } : {})}
      weekStartsOn={1}
      defaultMonth={selected?.from ?? new Date()}
      startMonth={startMonth}
      endMonth={endMonth}
      captionLayout="dropdown"
    />
  );
}

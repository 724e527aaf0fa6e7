import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface TabsProps<K extends string> {
  /** The tabs, in order. */
  tabs: readonly K[];
  selected: K;
  onSelect: (tab: K) => void;
  /** Accessible name of the tab list. */
  label: string;
  /** Id of a tab, so its panel can be labelled by it. */
  tabId: (tab: K) => string;
  /** Id of the tab panel the tabs control. */
  panelId: string;
  /** CSS block: the list gets `block`, each tab `block__tab`. */
  block: string;
  /** What a tab shows. */
  children: (tab: K) => ReactNode;
}

/** Index a key moves to from `at` among `count` tabs (arrows wrap round), or null for other keys. */
const targetIndex = (key: string, at: number, count: number): number | null => {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return at === last ? 0 : at + 1;
    case 'ArrowLeft':
      return at === 0 ? last : at - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
};

/** A tab list after the WAI-ARIA tabs pattern: one tab in the Tab order, arrows, Home and End move and select. */
export function Tabs<K extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabId,
  panelId,
  block,
  children,
}: TabsProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent, at: number) => {
    const next = targetIndex(event.key, at, tabs.length);
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab);
    refs.current.get(tab)?.focus();
  };

  return (
    <div className={block} role="tablist" aria-label={label}>
      {tabs.map((tab, index) => {
        const active = tab === selected;
        return (
          <button
            key={tab}
            ref={(el) => {
              if (el) refs.current.set(tab, el);
              else refs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            className={`${block}__tab`}
            onClick={() => onSelect(tab)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {children(tab)}
          </button>
        );
      })}
    </div>
  );
}

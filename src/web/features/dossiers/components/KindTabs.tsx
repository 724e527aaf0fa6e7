import { useTranslation } from 'react-i18next';
import { type DossierListKind, LIST_KINDS } from '../../../../domain/lists.ts';
import { Tabs } from '../../../components/ui/Tabs.tsx';

export interface KindTabsProps {
  kind: DossierListKind;
  onChange: (kind: DossierListKind) => void;
  /** Id prefix: tab `${id}-tab-<kind>`, panel `${id}-panel`. */
  id: string;
}

/** The lists as tabs. */
export function KindTabs({ kind, onChange, id }: KindTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs
      tabs={LIST_KINDS}
      selected={kind}
      onSelect={onChange}
      label={t('dossiers.kinds.label')}
      tabId={(k) => `${id}-tab-${k}`}
      panelId={`${id}-panel`}
      block="kind-tabs"
    >
      {(k) => t(`dossiers.kinds.${k}`)}
    </Tabs>
  );
}

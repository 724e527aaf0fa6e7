import { UnderConstruction } from '../../../components/ui/UnderConstruction.tsx';

/** Not built yet: the placeholder says what this page will show. */
export function UnitsRoute() {
  return <UnderConstruction page="units" />;
}

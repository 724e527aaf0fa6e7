import { Notice } from '../../../components/ui/Notice.tsx';

/** Announces a finished retraction to screen readers as well. */
export function DoneNotice({ message }: { message: string | null }) {
  return <div aria-live="polite">{message && <Notice tone="success">{message}</Notice>}</div>;
}

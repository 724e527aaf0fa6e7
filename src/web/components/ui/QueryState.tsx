import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorState } from './ErrorState.tsx';
import { Skeleton } from './Skeleton.tsx';

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** Placeholder lines while the first answer loads. */
  lines?: number;
  children: (data: T) => ReactNode;
}

/**
 * The three faces of one query: a skeleton while it first loads, a readable error with a retry, and
 * the content once there is data.
 */
export function QueryState<T>({ query, lines = 3, children }: QueryStateProps<T>) {
  const { t, i18n } = useTranslation();
  if (query.isPending) return <Skeleton lines={lines} />;
  if (query.isError)
    return (
      <ErrorState
        message={errorMessage(query.error, t, i18n.language)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return <>{children(query.data)}</>;
}

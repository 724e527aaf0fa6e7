import { useState } from 'react';

/** Which item's retraction is being confirmed, and the message of the last one done. */
export function useRetractFlow<T>() {
  const [retracting, setRetracting] = useState<T | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    retracting,
    done,
    begin: (item: T) => {
      setDone(null);
      setRetracting(item);
    },
    close: () => setRetracting(null),
    finish: (message: string) => {
      setRetracting(null);
      setDone(message);
    },
  };
}

import { useCallback, useEffect, useState } from 'react';
import { readStorageEstimate, type StorageEstimate } from '@/store/device-storage';

/** `navigator.storage.estimate()`, read on mount and on `refresh()`. */
export function useStorageEstimate(): {
  estimate: StorageEstimate | undefined;
  refresh: () => void;
} {
  const [estimate, setEstimate] = useState<StorageEstimate>();
  const refresh = useCallback(() => {
    void readStorageEstimate().then(setEstimate);
  }, []);
  useEffect(refresh, [refresh]);
  return { estimate, refresh };
}

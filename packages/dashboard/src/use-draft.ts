import { useCallback, useEffect, useState } from 'react';

/**
 * Form state that survives a failed save and a reload of the tab (sessionStorage): an editor
 * whose session ran out signs in again and finds what they typed. Cleared once saved.
 */
export function useDraft<T>(key: string, initial: () => T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const storageKey = `pallnet-draft:${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = sessionStorage.getItem(storageKey);
      if (saved !== null) return JSON.parse(saved) as T;
    } catch {
      // Storage unavailable or unreadable: start from the record.
    }
    return initial();
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Full or unavailable: the state in memory is still kept.
    }
  }, [storageKey, value]);
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing to clear.
    }
  }, [storageKey]);
  return [value, setValue, clear];
}

/** Whether a draft of this form is kept from before (to say so to the editor). */
export function hasDraft(key: string): boolean {
  try {
    return sessionStorage.getItem(`pallnet-draft:${key}`) !== null;
  } catch {
    return false;
  }
}

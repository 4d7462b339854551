// The browser's Notification API as the browser mode uses it: only there (the desktop shell shows its
// own), only once the manager has allowed it, and one reminder a day however often the tab reloads.
import { useSyncExternalStore } from 'react';

const REMINDED_KEY = 'rolebridge-reminded-for';

/** True in the browser mode on a browser that has notifications. */
export function browserRemindersAvailable(): boolean {
  return !window.rolebridgeShell && typeof window.Notification === 'function';
}

// Permission changes only through requestBrowserPermission here (or the browser's site settings,
// which reload the page): a small store lets every screen that shows it update together.
const subscribers = new Set<() => void>();
const permissionNow = (): NotificationPermission | 'unsupported' =>
  browserRemindersAvailable() ? window.Notification.permission : 'unsupported';

export function useNotificationPermission(): NotificationPermission | 'unsupported' {
  return useSyncExternalStore((changed) => {
    subscribers.add(changed);
    return () => subscribers.delete(changed);
  }, permissionNow);
}

/** Asks the browser once; only ever called from a button the manager pressed. */
export async function requestBrowserPermission(): Promise<NotificationPermission> {
  const answer = await window.Notification.requestPermission();
  for (const changed of subscribers) changed();
  return answer;
}

export function remindedFor(): string {
  try {
    return window.localStorage.getItem(REMINDED_KEY) ?? '';
  } catch {
    return '';
  }
}

export function markReminded(day: string): void {
  try {
    window.localStorage.setItem(REMINDED_KEY, day);
  } catch {
    // Without storage the reminder may show again after a reload: better than none.
  }
}

// A system notification at the start of a day that has one-on-ones, unless turned off in Settings.
import { Notification } from 'electron';
import { reminderText } from '@shared/checkins/reminder';
import type { Core } from '../core';

const CHECK_EVERY_MS = 15 * 60 * 1000;

export function startCheckInReminders(core: Core, openDashboard: () => void): () => void {
  let remindedFor = '';
  async function check() {
    const due = await core.call('checkIns.due', {});
    if (!due.ok || due.value.today === remindedFor) return;
    remindedFor = due.value.today;
    const settings = await core.call('settings.get', {});
    if (!settings.ok || !settings.value.checkInReminders || !Notification.isSupported()) return;
    const text = reminderText(due.value);
    if (!text) return;
    const notification = new Notification({ title: text.title, body: text.body });
    notification.on('click', openDashboard);
    notification.show();
  }
  void check();
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}

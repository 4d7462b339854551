// Browser mode: a notification on a day with one-on-ones due or overdue, with the same text and the
// same once-a-day rule as the desktop shell's reminder (src/main/electron/reminders.ts).
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { reminderText } from '@shared/checkins/reminder';
import { useDueCheckIns, useReminderSetting } from './queries';
import { markReminded, remindedFor, useNotificationPermission } from './browser-notifications';

export function useBrowserReminders(): void {
  const granted = useNotificationPermission() === 'granted';
  const wanted = useReminderSetting(granted).data === true;
  const due = useDueCheckIns(granted && wanted);
  const navigate = useNavigate();
  useEffect(() => {
    const value = due.data;
    if (!granted || !wanted || !value || remindedFor() === value.today) return;
    const text = reminderText(value);
    if (!text) return;
    markReminded(value.today);
    const notification = new window.Notification(text.title, { body: text.body, tag: 'rolebridge-due' });
    notification.onclick = () => {
      window.focus();
      void navigate('/');
    };
  }, [granted, wanted, due.data, navigate]);
}

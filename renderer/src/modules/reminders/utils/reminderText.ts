import type { TFunction } from 'i18next';
import type { ReminderMessage } from '../../../../../shared/reminders/reminderTypes.ts';

/** A reminder in the UI language: the notification's title and body. */
export const reminderText = (t: TFunction, message: ReminderMessage): { title: string; body: string } => {
  switch (message.kind) {
    case 'morning':
      return {
        title: t('reminders.messages.morningTitle'),
        body: message.overdue > 0 ? t('reminders.messages.morningBodyOverdue', { due: message.due, overdue: message.overdue }) : t('reminders.messages.morningBody', { due: message.due }),
      };
    case 'planTime':
      return { title: t('reminders.messages.planTitle', { time: message.time, customer: message.customer || t('today.unknownCustomer') }), body: message.what };
    case 'deadline':
      return { title: t('reminders.messages.deadlineTitle', { minutes: message.minutesLeft }), body: t('reminders.messages.deadlineBody', { deadline: message.deadline }) };
    case 'received':
      return { title: message.title, body: message.body };
    case 'receivedMany':
      return { title: t('reminders.messages.manyTitle', { count: message.count }), body: t('reminders.messages.manyBody') };
  }
};

import { useTranslate } from 'react-admin';
import { useDateText } from '../common/locale-date';
import { type AppNotification, notificationMessage } from './notification';

/** What a notification says, in the panel's language. */
export const useNotificationText = () => {
  const translate = useTranslate();
  const dates = useDateText();
  return (notification: Pick<AppNotification, 'kind' | 'payload'>) => {
    const { key, values } = notificationMessage(notification);
    return translate(key, {
      group: values.group ?? translate('berdaya.notifications.unnamed_group'),
      person: values.person ?? translate('berdaya.notifications.unnamed_person'),
      day: values.day ? dates.day(values.day) : translate('berdaya.notifications.unnamed_day'),
      comment: values.comment ?? '',
    });
  };
};

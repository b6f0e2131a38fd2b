import { NOTIFICATION_KINDS } from '@berdaya/empowerment';
import { Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  DateField,
  FunctionField,
  List,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router';
import { useDateText } from '../common/locale-date';
import { MarkAllReadButton } from './mark-all-read-button';
import { useMarkRead } from './mark-read';
import { type AppNotification, notificationTarget } from './notification';
import { useNotificationText } from './use-notification-text';

const filters = [
  <SelectInput
    key="read"
    source="read"
    alwaysOn
    choices={[
      { id: 'false', name: 'berdaya.notifications.unread' },
      { id: 'true', name: 'resources.notifications.fields.read' },
    ]}
  />,
  <SelectInput
    key="kind"
    source="kind"
    choices={NOTIFICATION_KINDS.map((kind) => ({
      id: kind,
      name: `berdaya.notifications.kind.${kind}`,
    }))}
  />,
];

// react-admin's empty page greys its text below the contrast a reader needs.
const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 3 }} color="text.secondary">
      {translate('berdaya.notifications.none')}
    </Typography>
  );
};

const Actions = () => (
  <TopToolbar>
    <MarkAllReadButton />
  </TopToolbar>
);

/** The whole inbox, newest first; opening one marks it read and goes to what it is about. */
export const NotificationList = () => {
  const translate = useTranslate();
  const dates = useDateText();
  const say = useNotificationText();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const open = (notification: AppNotification) => {
    if (!notification.read) void markRead(notification);
    void navigate(notificationTarget(notification));
    return false as const;
  };
  const kindText = (notification: AppNotification) =>
    translate(`berdaya.notifications.kind.${notification.kind}`);

  return (
    <List
      filters={filters}
      actions={<Actions />}
      empty={<Empty />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<AppNotification>
          primaryText={(notification) => say(notification)}
          secondaryText={(notification) =>
            `${kindText(notification)} · ${dates.moment(notification.createdAt)}`
          }
          rowClick={(_id, _resource, notification) => open(notification as AppNotification)}
          rowSx={(notification) => ({ fontWeight: notification.read ? 'normal' : 'bold' })}
        />
      ) : (
        <DataTable
          bulkActionButtons={false}
          rowClick={(_id, _resource, notification) => open(notification)}
          rowSx={(notification: AppNotification) => ({
            '& td': { fontWeight: notification.read ? 'normal' : 'bold' },
          })}
        >
          <DataTable.Col
            source="message"
            label="resources.notifications.fields.message"
            disableSort
            render={(notification: AppNotification) => say(notification)}
          />
          <DataTable.Col source="kind" render={kindText} />
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="read">
            <FunctionField<AppNotification>
              render={(notification) =>
                translate(notification.read ? 'ra.boolean.true' : 'ra.boolean.false')
              }
            />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { useDateText } from '../common/locale-date';
import { type AppNotification, notificationTarget } from './notification';
import { useMarkRead } from './mark-read';
import { useNotificationText } from './use-notification-text';
import { useUnreadCount } from './unread-count';

const RECENT = 8;

const RecentNotifications = ({ onOpen }: { onOpen: (to: string) => void }) => {
  const translate = useTranslate();
  const dates = useDateText();
  const say = useNotificationText();
  const markRead = useMarkRead();
  const { data, isPending } = useGetList<AppNotification>('notifications', {
    pagination: { page: 1, perPage: RECENT },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  if (isPending) return null;
  if (!data || data.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('berdaya.notifications.none')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label={translate('berdaya.notifications.recent')}>
      {data.map((notification) => (
        <ListItemButton
          key={notification.id}
          divider
          onClick={() => {
            if (!notification.read) void markRead(notification);
            onOpen(notificationTarget(notification));
          }}
          sx={notification.read ? undefined : { bgcolor: 'action.selected' }}
        >
          <ListItemText
            primary={say(notification)}
            secondary={
              (notification.read ? '' : `${translate('berdaya.notifications.unread')} · `) +
              dates.moment(notification.createdAt)
            }
            slotProps={{
              primary: { sx: { fontWeight: notification.read ? 'normal' : 'bold' } },
            }}
          />
        </ListItemButton>
      ))}
    </List>
  );
};

/** The bell in the app bar: the unread count, and the latest notifications a click away. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  // Re-render the open list in a new language at once.
  useLocaleState();
  const { data: count = 0 } = useUnreadCount();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label =
    count > 0
      ? translate('berdaya.notifications.bell_unread', { smart_count: count })
      : translate('berdaya.notifications.bell');
  const close = () => setAnchor(null);

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {/* No badge at zero: its hidden "0" would still count as the button's visible text. */}
          {count > 0 ? (
            <Badge badgeContent={count} color="error" max={99}>
              <NotificationsIcon />
            </Badge>
          ) : (
            <NotificationsIcon />
          )}
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-label': translate('berdaya.notifications.recent'),
            sx: { width: 360, maxWidth: 'calc(100vw - 16px)', maxHeight: '70vh' },
          },
        }}
      >
        <Typography component="h2" variant="subtitle1" sx={{ px: 2, pt: 1.5, pb: 1 }}>
          {translate('berdaya.notifications.recent')}
        </Typography>
        <Divider />
        {anchor ? (
          <RecentNotifications
            onOpen={(to) => {
              close();
              void navigate(to);
            }}
          />
        ) : null}
        <Box sx={{ p: 1, display: 'flex', justifyContent: 'flex-end' }}>
          <Button
            size="small"
            onClick={() => {
              close();
              void navigate('/notifications');
            }}
          >
            {translate('berdaya.notifications.see_all')}
          </Button>
        </Box>
      </Popover>
    </>
  );
};

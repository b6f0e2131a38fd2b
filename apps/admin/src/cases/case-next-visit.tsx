import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDate } from '../common/locale-date';
import type { CaseRecord } from './case-record';

/** The next visit's day, marked when it is overdue (the api decides, in the program's timezone). */
export function CaseNextVisit() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (!record) return null;
  if (!record.nextVisitDue) return <span>{translate('berdaya.cases.list.no_visit_due')}</span>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{formatDate(record.nextVisitDue)}</span>
      {record.overdue && (
        <Chip size="small" color="error" label={translate('berdaya.cases.list.overdue')} />
      )}
    </Stack>
  );
}

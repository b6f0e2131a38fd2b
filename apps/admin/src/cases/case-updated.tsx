import { useRecordContext } from 'react-admin';
import { useDateText } from '../common/locale-date';
import { useProgramTimeZone } from '../common/program-time-zone';
import type { CaseRecord } from './case-record';

/** The day a case last changed, in its program's time zone. */
export function CaseUpdated() {
  const record = useRecordContext<CaseRecord>();
  const { dayOf } = useDateText();
  const timeZone = useProgramTimeZone(record?.programId);
  return record ? <span>{dayOf(record.updatedAt, timeZone)}</span> : null;
}

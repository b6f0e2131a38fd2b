import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { saveFile, signedInFile } from '../common/signed-in-fetch';
import type { CaseRecord } from './case-record';

/**
 * Downloads the api's CSV of every case the list's filters and sort select (not just the page).
 */
export function CaseExportButton() {
  const list = useListContext<CaseRecord>();
  const { sort } = list;
  const filter: unknown = list.filterValues;
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    const params = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify([sort.field, sort.order]),
    });
    setBusy(true);
    try {
      const { blob, fileName } = await signedInFile(`/cases/export.csv?${params.toString()}`);
      saveFile(blob, fileName ?? 'cases.csv');
    } catch (error) {
      notify('berdaya.cases.export.failed', {
        type: 'error',
        messageArgs: { message: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button label="berdaya.cases.export.label" onClick={() => void exportCsv()} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}

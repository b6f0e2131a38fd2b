import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useAuthProvider, useListContext, useNotify } from 'react-admin';
import { apiUrl } from '../api-url';
import { readAuth } from '../auth-storage';
import type { CaseRecord } from './case-record';

class ExportError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

interface CsvFile {
  blob: Blob;
  fileName: string;
}

async function fetchCsv(url: string): Promise<CsvFile> {
  const token = readAuth()?.accessToken;
  const response = await fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new ExportError(response.status);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return {
    blob: await response.blob(),
    fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'cases.csv',
  };
}

function download({ blob, fileName }: CsvFile) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(href);
}

/**
 * Downloads the api's CSV of every case the list's filters and sort select (not just the page):
 * fetched with the access token, as a plain link could not send it.
 */
export function CaseExportButton() {
  const list = useListContext<CaseRecord>();
  const { sort } = list;
  const filter: unknown = list.filterValues;
  const authProvider = useAuthProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    const params = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify([sort.field, sort.order]),
    });
    const url = `${apiUrl}/cases/export.csv?${params.toString()}`;
    setBusy(true);
    try {
      let file: CsvFile;
      try {
        file = await fetchCsv(url);
      } catch (error) {
        // An expired access token: let the auth provider refresh it, then try once more.
        if (!(error instanceof ExportError) || error.status !== 401 || !authProvider) throw error;
        await authProvider.checkError(error);
        file = await fetchCsv(url);
      }
      download(file);
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

import type { Role } from '@berdaya/empowerment';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button as MuiButton, LinearProgress, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { Button, useNotify, usePermissions, useRedirect, useTranslate } from 'react-admin';
import { signedInFetch } from '../common/signed-in-fetch';
import { TitledPage } from '../common/titled-page';
import { RegionImportPreview } from './region-import-preview';
import { isRegionImportReport, type RegionImportReport } from './region-import-report';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; name: string }
  | { kind: 'checked'; name: string; csv: string; report: RegionImportReport }
  | { kind: 'importing'; name: string; report: RegionImportReport };

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : String(error);

/**
 * Imports regions from a CSV file in two steps: a dry run shows every problem by line (or what
 * would be created and renamed), and only a file without problems can then be imported.
 */
const RegionImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<Role>();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const title = translate('berdaya.regions.import.title');

  const postCsv = async (csv: string, dryRun: boolean): Promise<RegionImportReport> => {
    const answer: unknown = (
      await signedInFetch(`/regions/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        body: csv,
        headers: new Headers({ 'Content-Type': 'text/csv', Accept: 'application/json' }),
      })
    ).json;
    if (!isRegionImportReport(answer)) throw new Error('unexpected answer');
    return answer;
  };

  const check = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, once corrected, checks it again.
    event.target.value = '';
    if (!file) return;
    setStep({ kind: 'checking', name: file.name });
    try {
      const csv = await file.text();
      setStep({ kind: 'checked', name: file.name, csv, report: await postCsv(csv, true) });
    } catch (error) {
      notify('berdaya.regions.import.failed', {
        type: 'error',
        messageArgs: { message: messageOf(error) },
      });
      setStep({ kind: 'choose' });
    }
  };

  const runImport = async () => {
    if (step.kind !== 'checked') return;
    setStep({ kind: 'importing', name: step.name, report: step.report });
    try {
      const report = await postCsv(step.csv, false);
      await queryClient.invalidateQueries({ queryKey: ['regions'] });
      notify('berdaya.regions.import.done', {
        type: 'success',
        messageArgs: { created: report.created, updated: report.updated },
      });
      redirect('list', 'regions');
    } catch (error) {
      // Someone may have changed the regions since the dry run: the API then answers the new
      // problems (422), shown just as a dry run's.
      const body =
        typeof error === 'object' && error !== null && 'body' in error ? error.body : undefined;
      if (isRegionImportReport(body)) {
        setStep({ ...step, report: body });
      } else {
        notify('berdaya.regions.import.failed', {
          type: 'error',
          messageArgs: { message: messageOf(error) },
        });
        setStep(step);
      }
    }
  };

  if (permissions !== undefined && permissions !== 'admin') {
    return <Alert severity="warning">{translate('berdaya.regions.import.only_admins')}</Alert>;
  }

  const busy = step.kind === 'checking' || step.kind === 'importing';
  const ready = step.kind === 'checked' && step.report.errorCount === 0;

  return (
    <TitledPage title={title}>
      <Typography variant="body2" sx={{ mb: 2, maxWidth: 760 }}>
        {translate('berdaya.regions.import.explanation')}
      </Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <MuiButton
          component="label"
          htmlFor={inputId}
          variant={ready ? 'outlined' : 'contained'}
          startIcon={<UploadFileIcon />}
          disabled={busy}
        >
          {translate(
            step.kind === 'choose'
              ? 'berdaya.regions.import.choose'
              : 'berdaya.regions.import.choose_another',
          )}
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-label={translate('berdaya.regions.import.file')}
            onChange={(event) => void check(event)}
            hidden
          />
        </MuiButton>
        {step.kind !== 'choose' && (
          <Typography variant="body2">
            {translate(
              step.kind === 'checking'
                ? 'berdaya.regions.import.checking'
                : 'berdaya.regions.import.chosen',
              { name: step.name },
            )}
          </Typography>
        )}
      </Stack>
      {busy && (
        <LinearProgress
          sx={{ mt: 2 }}
          aria-label={translate(
            step.kind === 'importing'
              ? 'berdaya.regions.import.importing'
              : 'berdaya.regions.import.checking',
            { name: step.name },
          )}
        />
      )}
      {(step.kind === 'checked' || step.kind === 'importing') && (
        <RegionImportPreview report={step.report} />
      )}
      {ready && (
        <Button
          label="berdaya.regions.import.confirm"
          variant="contained"
          onClick={() => void runImport()}
        >
          <UploadFileIcon />
        </Button>
      )}
    </TitledPage>
  );
};

export default RegionImportPage;

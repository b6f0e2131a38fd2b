import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Link, List, ListItem, Typography } from '@mui/material';
import { useGetMany, useNotify, useTranslate } from 'react-admin';
import { saveFile, signedInFile } from '../common/signed-in-fetch';

interface Attachment {
  id: string;
  fileName: string;
}

/** The evidence of a request, each file a download link under its name. */
export const EvidenceLinks = ({ ids }: { ids: readonly string[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data } = useGetMany<Attachment>(
    'attachments',
    { ids: [...ids] },
    { enabled: ids.length > 0 },
  );
  if (ids.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('berdaya.approvals.no_evidence')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding>
      {(data ?? []).map((attachment) => (
        <ListItem key={attachment.id} disableGutters sx={{ gap: 0.5 }}>
          <AttachFileIcon fontSize="small" aria-hidden />
          <Link
            component="button"
            type="button"
            variant="body2"
            aria-label={translate('berdaya.approvals.download', { name: attachment.fileName })}
            onClick={() => {
              signedInFile(`/attachments/${encodeURIComponent(attachment.id)}/content`)
                .then(({ blob }) => saveFile(blob, attachment.fileName))
                .catch(() => notify('berdaya.approvals.download_failed', { type: 'error' }));
            }}
          >
            {attachment.fileName}
          </Link>
        </ListItem>
      ))}
    </List>
  );
};

import { apiUrl } from '../api-url';
import { readAuth } from '../auth-storage';

/**
 * Saves an attachment's file. A plain link cannot carry the bearer token the api asks for, so the
 * file is fetched and handed to the browser as a download under its recorded name.
 */
export async function downloadAttachment(id: string, fileName: string): Promise<void> {
  const auth = readAuth();
  const response = await fetch(`${apiUrl}/attachments/${encodeURIComponent(id)}/content`, {
    headers: auth ? { Authorization: `Bearer ${auth.accessToken}` } : {},
  });
  if (!response.ok) throw new Error(`attachment ${id}: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import { type Transcript, readTranscript } from './transcript';

const KEY = 'modelgate-demo.transcript';

/** The conversation kept by the last visit, or `null` (none, or one that no longer reads). */
export function loadTranscript(storage: Storage): Transcript | null {
  return readTranscript(storage.getItem(KEY));
}

/**
 * Keeps the conversation for the next visit. Returns `false` when it does not fit (attachments count against
 * the origin's few megabytes): the page then says so, and the export still has it all.
 */
export function saveTranscript(storage: Storage, transcript: Transcript): boolean {
  try {
    if (transcript.turns.length === 0) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(transcript));
    return true;
  } catch {
    storage.removeItem(KEY);
    return false;
  }
}

/** Downloads the conversation as a JSON file of the stored shape. */
export function exportTranscript(root: Document, transcript: Transcript): void {
  const blob = new Blob([JSON.stringify(transcript, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = root.createElement('a');
  link.href = url;
  link.download = `modelgate-chat-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
  root.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL only holds the blob in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import { useEffect, useState } from 'preact/hooks';
import { isWebKit } from '../../audio/mime';
import { askForPersistence, storageFigures, type StorageFigures } from '../../practice/backup/storage';
import { dateTime, formatBytes } from '../../shared/format';
import { BackupActions } from './BackupActions';
import { DeleteEverything } from './DeleteEverything';
import './storage.css';

/** What this device keeps, whether the browser will keep it, and the way out: backup, restore, delete. */
export default function StorageView() {
  const [figures, setFigures] = useState<StorageFigures | null | undefined>(undefined);
  const [failed, setFailed] = useState('');
  const [asked, setAsked] = useState<string>('');
  const refresh = () =>
    void storageFigures().then(
      (next) => {
        setFigures(next);
        setFailed('');
      },
      (error: unknown) => setFailed(`The figures could not be read (${error instanceof Error ? error.message : String(error)}).`),
    );
  useEffect(() => {
    document.title = 'Storage and backup — Rehearse';
    refresh();
  }, []);

  const ask = async () => {
    const granted = await askForPersistence();
    setAsked(
      granted ? 'The browser agreed to keep your data.' : 'The browser did not agree (it often decides by how much you use the site, or after installing it).',
    );
    refresh();
  };

  return (
    <>
      <h1>Storage and backup</h1>
      <p class="lede">Everything you write and record is kept in this browser only. Back it up to a file to move it to another device or keep it safe.</p>
      {isWebKit(navigator.userAgent) && (
        <p class="banner" role="note">
          On iPhone, iPad and in Safari, the installed app and the Safari tab keep separate data, and Safari may clear a site’s data after weeks without a
          visit. Export a backup to move work between them.
        </p>
      )}
      <section class="section card" aria-labelledby="used">
        <h2 id="used">Space</h2>
        {failed && <p role="alert">{failed}</p>}
        {figures === undefined && !failed && <p class="skeleton">Measuring…</p>}
        {figures === null && <p role="alert">Storage is not available in this browser, so there is nothing stored here.</p>}
        {figures && (
          <dl class="figures-list">
            <dt>Used by Rehearse</dt>
            <dd>{formatBytes(figures.usage)}</dd>
            <dt>Available to it</dt>
            <dd>{figures.quota === undefined ? 'unknown' : formatBytes(figures.quota - (figures.usage ?? 0))}</dd>
            <dt>Text (drafts, stories, questions)</dt>
            <dd>{formatBytes(figures.text)}</dd>
            <dt>Audio (takes)</dt>
            <dd>{formatBytes(figures.audio)}</dd>
            <dt>Kept under storage pressure</dt>
            <dd>{figures.persistent ? 'Yes, persistent' : figures.persistent === false ? 'No: may be cleared if space runs short' : 'Unknown'}</dd>
            <dt>Last backup</dt>
            <dd>{figures.lastBackupAt ? dateTime(figures.lastBackupAt) : 'Never'}</dd>
          </dl>
        )}
        {figures && !figures.persistent && 'persist' in (navigator.storage ?? {}) && (
          <button type="button" class="button" onClick={() => void ask()}>
            Ask the browser to keep my data
          </button>
        )}
        <p role="status">{asked}</p>
      </section>
      <BackupActions onChange={refresh} />
      <DeleteEverything onDeleted={refresh} />
    </>
  );
}

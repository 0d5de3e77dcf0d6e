// `npm run bench`: figures for the closing notes. Not tests: timings on shared machines are noisy.
import { benchBackup } from './backup.bench';
import { benchBrowser } from './browser.bench';
import { benchDrafts } from './drafts.bench';
import { benchRecording } from './recording.bench';
import { benchSearch } from './search.bench';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
benchSearch();
await benchDrafts();
await benchBrowser();
await benchRecording();
await benchBackup();

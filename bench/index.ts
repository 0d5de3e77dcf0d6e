// `npm run bench`: figures for the closing notes. Not tests: timings on shared machines are noisy.
import { benchBackup } from './backup.bench';
import { benchBrowser } from './browser.bench';
import { benchCoach } from './coach.bench';
import { benchDrafts } from './drafts.bench';
import { benchPaint } from './paint.bench';
import { benchRecording } from './recording.bench';
import { benchRelevance } from './relevance.bench';
import { benchSearch } from './search.bench';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
// `npx tsx bench/index.ts paint`: the offline first paint only.
if (process.argv[2] === 'paint') {
  await benchPaint();
  process.exit(0);
}
// `npx tsx bench/index.ts coach`: the answer coach only.
if (process.argv[2] === 'coach') {
  benchCoach();
  process.exit(0);
}
benchRelevance();
benchSearch();
// `npx tsx bench/index.ts search`: relevance and search only.
if (process.argv[2] === 'search') process.exit(0);
benchCoach();
await benchPaint();
await benchDrafts();
await benchBrowser();
await benchRecording();
await benchBackup();

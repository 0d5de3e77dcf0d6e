import { scenarios } from './scenarios';

scenarios('chromium');

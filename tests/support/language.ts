// Every test file starts in English, whatever the machine's locale: a test that wants Chinese asks for it (`sayIn`,
// `setLanguage`, or `--lang zh` for a command run as a process).
import { setLanguage } from '../../src/messages/index.ts';

setLanguage('en');

// The slides' pictures (`png`, `deck --png`): a PNG or JPEG of each slide from the print view (pictures/), and with
// `--long` the long image for WeChat beside them.
import { formatBytes } from '../files/size.ts';
import { say } from '../messages/index.ts';
import type { PrintedOutput } from './output.ts';
import type { PicturesOutput } from './pictures/folder.ts';
import { longImageText } from './pictures/long-html.ts';

export const pictures: PrintedOutput<PicturesOutput, 'png'> = {
  name: 'png',
  label: 'pictures',
  from: 'folder',
  browser: true,
  replaces: (paths, settings) => ({
    folders: [paths.pictures],
    files: settings.pictures?.long ? [paths.longImage] : [],
  }),
  characters(deck, settings) {
    return settings.pictures?.long ? [longImageText(deck.plan.meta, deck.plan.slides.length)] : [];
  },
  load: () => import('./pictures/folder.ts'),
  async make(job) {
    // (loaded only when pictures are made: the decoders it brings cost every other command its start)
    const { writePictures, DEFAULT_PICTURES } = await import('./pictures/folder.ts');
    return writePictures(
      job.browser,
      job.written,
      { folder: job.paths.pictures, longImage: job.paths.longImage },
      job.settings.pictures ?? DEFAULT_PICTURES,
      say('step', job.written.name, say('pictures')),
      job.onPhase,
    );
  },
  told: (made) => [
    {
      path: made.path,
      folder: true,
      detail: say('picturesWritten', made.count, made.width, made.height, formatBytes(made.bytes)),
    },
    ...made.long.map((part) => ({
      path: part.path,
      detail: say('longImageWritten', part.width, part.height, formatBytes(part.bytes)),
    })),
  ],
};

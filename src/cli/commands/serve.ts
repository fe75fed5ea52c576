/**
 * `datakoll serve`: starts the page on 127.0.0.1 and says where it is; it runs until Ctrl-C, when
 * bin.ts ends the process and removes the server's temporary folder. (The server is imported when
 * the command runs.)
 */
import type { Command } from 'commander';
import { maxUploadOption, portOption } from '../../options/serve.js';
import { SERVE_WORDS, say } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { collect, langFlag, pathIn, registryFor } from '../context.js';

interface ServeFlags {
  port?: string;
  open?: boolean;
  maxUpload?: string;
  specsDir: string[];
}

export function registerServe(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  program
    .command('serve')
    .description(h('serve'))
    .option('--port <number>', h('port'))
    .option('--open', h('open'))
    .option('--max-upload <mb>', h('maxUpload'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action(async (flags: ServeFlags) => {
      const serve = await import('../../serve/index.js');
      const port = flags.port === undefined ? serve.DEFAULT_PORT : portOption(flags.port);
      const maxUpload = flags.maxUpload === undefined ? serve.DEFAULT_MAX_UPLOAD : maxUploadOption(flags.maxUpload);
      const registry = await registryFor(flags.specsDir.map((d) => pathIn(ctx, d)));
      const serving = await serve.startServer({ port, maxUpload, registry, lang: ctx.lang });
      // Nothing is written outside the private folder: the checks' own temporary files go there too.
      ctx.io.useTemporaryFolder?.(serving.folder);
      ctx.io.stdout(say(SERVE_WORDS.listening, ctx.lang, { url: serving.url }));
      if (flags.open === true && !(await serve.openBrowser(serving.url))) ctx.io.stderr(say(SERVE_WORDS['open-failed'], ctx.lang));
      // Until a signal ends the process (bin.ts): the server keeps it running.
      await new Promise<never>(() => undefined);
    });
}

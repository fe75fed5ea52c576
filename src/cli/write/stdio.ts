/** How text reaches standard output or error: the process's stream (bytes), or a function taking text. */
import type { CliIo } from '../io.js';
import type { Sink } from './sink.js';

/** A sink into a function taking text (io.stdout, io.stderr): UTF-8 bytes are decoded on the way. */
export function textSink(write: (text: string) => void): Sink {
  const decoder = new TextDecoder('utf-8');
  return {
    write: (piece) => {
      write(typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true }));
      return Promise.resolve();
    },
    commit: () => {
      const rest = decoder.decode();
      if (rest !== '') write(rest);
      return Promise.resolve();
    },
    abort: () => undefined,
  };
}

/** Standard output as a sink: the process's stream when main() was given it (bytes, back-pressure), else io.stdout. */
export function stdoutSink(io: CliIo): Sink {
  const stream = io.stdoutStream;
  if (stream === undefined) return textSink(io.stdout);
  return {
    write: (piece) => new Promise<void>((ok) => (stream.write(piece) ? ok() : stream.once('drain', ok))),
    commit: () => Promise.resolve(),
    abort: () => undefined,
  };
}

/** Opens the page in the default browser (--open): the system's own opener, without a shell. */
import { spawn } from 'node:child_process';
import { platform } from 'node:os';

/** Starts the opener; resolves false when it cannot be started or fails. */
export function openBrowser(url: string): Promise<boolean> {
  const os = platform();
  const [cmd, args] = os === 'darwin' ? ['open', [url]] : os === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
      child.on('error', () => resolve(false));
      child.on('exit', (code) => resolve(code === 0));
      child.unref();
    } catch {
      resolve(false);
    }
  });
}

/** An import that cannot go on: a usage error naming the file and the problem, in both languages. */
import { DatakollError } from '../../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';

export function fail(file: string, problem: keyof typeof SPEC_PROBLEMS, params: Readonly<Record<string, string | number>> = {}): never {
  throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS[problem], params) });
}

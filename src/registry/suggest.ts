/**
 * "Did you mean" for a spec id that names no spec: the ids it is a slip of, best first. The
 * same id in other letters (`Badplatser`), a spelling slip (`badplatsr`, edits allowed by length),
 * a Swedish letter written without its dots (`snöröjning`), or a word of an id (`toaletter` in
 * `offentliga-toaletter`).
 */
import { distance } from './addresses.js';

/** The id as its letters go: lower case, å/ä -> a, ö -> o, é -> e, anything but a-z and digits a hyphen. */
function folded(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** At most `n` ids the given one is likely a slip of, best first; none when nothing is close. */
export function suggestIds(given: string, ids: readonly string[], n = 3): string[] {
  const wanted = folded(given.slice(0, 100));
  if (wanted === '') return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const f = folded(id);
    if (f === wanted) scored.push({ id, score: 0 });
    else if (wanted.length >= 4 && f.split('-').includes(wanted)) scored.push({ id, score: 1 });
    else {
      const d = distance(wanted, f);
      if (d <= allowed) scored.push({ id, score: 1 + d });
      else if (wanted.length >= 5 && f.includes(wanted)) scored.push({ id, score: 2 + allowed });
    }
  }
  return scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, n).map((s) => s.id);
}

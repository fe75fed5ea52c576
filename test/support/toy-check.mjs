// A toy check across rows, added through the check table's public interface
// (ValidateOptions.checks): a name met on an earlier row is reported, with that row. Its log is a
// plain list (copied between threads, not moved), unlike the unique-key check's buffers.
/** @type {import('../../src/checks/check.js').Check<Array<[number, number, boolean, string]>>} */
const sameName = {
  id: 'toy-same-name',
  codes: ['unique-duplicate'],
  rows({ spec }) {
    if (!spec.attributes.some((a) => a.name === 'name')) return undefined;
    let log = [];
    return {
      log(view, at) {
        const v = view.asRead('name');
        if (typeof v === 'string' && v !== '') log.push([at.row, at.line, at.rowHasError, v]);
      },
      get logged() {
        return log.length;
      },
      take() {
        const out = log;
        log = [];
        return out;
      },
    };
  },
  whole(_setup, keep) {
    const first = new Map();
    const found = [];
    let more = 0;
    let moreClean = 0;
    return {
      take(log, shift) {
        for (const [row, line, rowHasError, name] of log) {
          const at = first.get(name);
          if (at === undefined) first.set(name, row + shift.rows);
          else if (found.length < keep) found.push({ code: 'unique-duplicate', row: row + shift.rows, line: line + shift.lines, field: 'name', at: 'name', value: name, params: { firstRow: at }, rowHasError });
          else {
            more++;
            if (!rowHasError) moreClean++;
          }
        }
        return [];
      },
      end(out) {
        out.report(found, { count: more, cleanRows: moreClean });
      },
      close() {},
    };
  },
};

export default sameName;

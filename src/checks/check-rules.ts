/** The rules check: the spec's rules across a record's attributes (x-rules). */
import type { Check } from './check.js';
import { checkRules } from './rules.js';

export const rulesCheck: Check = {
  id: 'rules',
  codes: ['end-before-start', 'required-with-missing', 'one-of-required-missing'],
  rows({ spec }) {
    const rules = spec.rules;
    if (rules.length === 0) return undefined;
    return {
      record(view, out) {
        for (const f of checkRules(rules, view)) out.report({ code: f.code, field: f.field, params: { ...f.params } });
      },
    };
  },
};

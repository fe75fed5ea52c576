/** The publisher check: each record's publisher attribute (x-publisher-field) names the publisher given by --publisher. */
import type { Check } from './check.js';
import { publisherMismatch } from './publisher.js';

export const publisherCheck: Check = {
  id: 'publisher',
  codes: ['publisher-mismatch'],
  rows({ spec, publisher }) {
    const field = spec.publisherField;
    if (publisher === undefined || field === undefined) return undefined;
    return {
      record(view, out) {
        const expected = publisherMismatch(view.value(field), publisher);
        if (expected !== undefined) out.report({ code: 'publisher-mismatch', field, params: { publisher: expected } });
      },
    };
  },
};

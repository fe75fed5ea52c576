import { describe, expect, it } from 'vitest';
import { isDate, isDateTime, isEmail, isTime, isUri } from '../../src/coerce/index.js';

describe('isDate', () => {
  it('accepts real calendar dates only', () => {
    for (const s of ['2024-05-31', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isDate(s), s).toBe(true);
    for (const s of ['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '20240531', '31/05/2024', '2024-5-31', '']) expect(isDate(s), s).toBe(false);
  });
});

describe('isTime', () => {
  it('accepts HH:MM and HH:MM:SS', () => {
    for (const s of ['08:30', '23:59:59', '00:00:00.5']) expect(isTime(s), s).toBe(true);
    for (const s of ['24:00', '8:30', '08:60', '0830']) expect(isTime(s), s).toBe(false);
  });
});

describe('isDateTime', () => {
  it('accepts ISO 8601 with or without a zone', () => {
    for (const s of ['2024-05-31T14:00', '2024-05-31T14:00:00', '2024-05-31T14:00:00Z', '2024-05-31T14:00:00+02:00', '2024-05-31T14:00:00.123-0130']) expect(isDateTime(s), s).toBe(true);
  });
  it('rejects other forms', () => {
    for (const s of ['2024-05-31 14:00', '2024-05-31', '2024-02-30T10:00', '2024-05-31T25:00', '2024-05-31T14:00+2', '1717164000000']) expect(isDateTime(s), s).toBe(false);
  });
});

describe('isUri', () => {
  it('accepts absolute URIs; http(s) needs a host', () => {
    for (const s of ['https://www.example.se/a?b=1#c', 'http://example.se', 'mailto:info@example.se', 'urn:isbn:123']) expect(isUri(s), s).toBe(true);
    for (const s of ['www.example.se', 'https://', 'https:///x', 'https://exa mple.se', '/relative/path', 'example']) expect(isUri(s), s).toBe(false);
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const s of ['info@example.se', 'a.b+c@sub.kommun.se']) expect(isEmail(s), s).toBe(true);
    for (const s of ['info@', '@example.se', 'info@example', 'in fo@example.se', 'info@@example.se']) expect(isEmail(s), s).toBe(false);
  });
});

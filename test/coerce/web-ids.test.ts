import { describe, expect, it } from 'vitest';
import { emailReason, nutskodProblem, urlProblem, wikidataProblem } from '../../src/coerce/index.js';

describe('url (absolute http(s))', () => {
  it('accepts http and https addresses with a host', () => {
    for (const s of ['https://www.kommun.se/', 'http://kommun.se', 'https://www.kommun.se/sida?a=1#b', 'https://xn--malm-8qa.se/']) expect(urlProblem(s), s).toBeUndefined();
  });
  it('says what is missing and how to write it', () => {
    expect(urlProblem('www.kommun.se/bad')).toEqual({ reason: 'scheme', example: 'https://www.kommun.se/bad' });
    expect(urlProblem('//www.kommun.se/bad')).toEqual({ reason: 'scheme', example: 'https://www.kommun.se/bad' });
    expect(urlProblem('kommun.se')).toEqual({ reason: 'scheme', example: 'https://kommun.se' });
    // A file name is no host: no address is made up from it.
    expect(urlProblem('disco.jpg')).toEqual({ reason: 'scheme', example: 'https://www.kommun.se/' });
    expect(urlProblem('bilder/disco.jpg')).toEqual({ reason: 'scheme', example: 'https://www.kommun.se/' });
    expect(urlProblem('mailto:info@kommun.se')).toEqual({ reason: 'scheme', example: 'https://www.kommun.se/' });
    expect(urlProblem('ftp://kommun.se/fil')).toMatchObject({ reason: 'scheme' });
    expect(urlProblem('https://www.kommun.se/bad plats')).toEqual({ reason: 'spaces', example: 'https://www.kommun.se/bad%20plats' });
    expect(urlProblem(' https://www.kommun.se/')).toEqual({ reason: 'spaces', example: 'https://www.kommun.se/' });
    expect(urlProblem('https://')).toMatchObject({ reason: 'host' });
    expect(urlProblem('https:///sida')).toMatchObject({ reason: 'host' });
  });
});

describe('e-mail reasons', () => {
  it('accepts ordinary addresses', () => {
    for (const s of ['info@example.se', 'a.b+c@sub.kommun.se']) expect(emailReason(s), s).toBeUndefined();
  });
  it('says what is wrong', () => {
    expect(emailReason('mailto:info@kommun.se')).toBe('mailto');
    expect(emailReason('a@kommun.se, b@kommun.se')).toBe('several');
    expect(emailReason('a@kommun.se;b@kommun.se')).toBe('several');
    expect(emailReason('in fo@kommun.se')).toBe('spaces');
    expect(emailReason('info.kommun.se')).toBe('at');
    expect(emailReason('info@@kommun.se')).toBe('at');
    expect(emailReason('@kommun.se')).toBe('local');
    expect(emailReason('info@kommun')).toBe('domain');
    expect(emailReason('info@')).toBe('domain');
  });
});

describe('wikidata', () => {
  it('accepts Q-ids', () => {
    for (const s of ['Q34', 'Q10689834']) expect(wikidataProblem(s), s).toBeUndefined();
  });
  it('takes the id out of a link, and fixes the case', () => {
    expect(wikidataProblem('https://www.wikidata.org/wiki/Q10689834')).toEqual({ reason: 'url', example: 'Q10689834' });
    expect(wikidataProblem('http://www.wikidata.org/entity/Q34')).toEqual({ reason: 'url', example: 'Q34' });
    expect(wikidataProblem('https://sv.wikipedia.org/wiki/Saltholmen')).toEqual({ reason: 'url', example: 'Q34' });
    expect(wikidataProblem('q34')).toEqual({ reason: 'case', example: 'Q34' });
    expect(wikidataProblem('Q034')).toMatchObject({ reason: 'form' });
    expect(wikidataProblem('P17')).toMatchObject({ reason: 'form' });
    expect(wikidataProblem('34')).toMatchObject({ reason: 'form' });
  });
});

describe('nutskod (EU bathing-water id)', () => {
  it('accepts SE and 16 digits or capitals', () => {
    for (const s of ['SE0A21493000001930', 'SE0411282000000518']) expect(nutskodProblem(s), s).toBeUndefined();
  });
  it('says what is wrong', () => {
    expect(nutskodProblem('se0a21493000001930')).toEqual({ reason: 'case', example: 'SE0A21493000001930' });
    expect(nutskodProblem('NO0A21493000001930')).toMatchObject({ reason: 'country' });
    expect(nutskodProblem('SE0A2149300000193')).toMatchObject({ reason: 'form' });
    expect(nutskodProblem('SE 0A21493000001930')).toMatchObject({ reason: 'form' });
  });
});

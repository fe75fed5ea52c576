import { describe, expect, it } from 'vitest';
import { sniffDialect, splitRows } from '../../src/input/sniff.js';

describe('sniffDialect', () => {
  it('finds each delimiter', () => {
    expect(sniffDialect('a,b,c\n1,2,3\n4,5,6\n', true).delimiter).toBe(',');
    expect(sniffDialect('a;b;c\n1;2;3\n4;5;6\n', true).delimiter).toBe(';');
    expect(sniffDialect('a\tb\tc\n1\t2\t3\n', true).delimiter).toBe('\t');
    expect(sniffDialect('a|b|c\n1|2|3\n', true).delimiter).toBe('|');
  });

  it('is not fooled by delimiters inside quoted fields', () => {
    // Semicolon file whose quoted text is full of commas.
    const text = 'namn;beskrivning;lat\n"Ängen";"sand, gräs, brygga, kiosk, dusch";58,1\n"Kajen";"sten, klippor, stege, hopptorn";57,9\n';
    const d = sniffDialect(text, true);
    expect(d.delimiter).toBe(';');
    expect(d.confidence).toBe(1);
  });

  it('handles quoted line breaks', () => {
    const text = 'a,b\n1,"x\ny, z"\n2,3\n';
    expect(sniffDialect(text, true).delimiter).toBe(',');
  });

  it('line endings', () => {
    expect(sniffDialect('a,b\r\n1,2\r\n', true).lineEnding).toBe('CRLF');
    expect(sniffDialect('a,b\n1,2\n', true).lineEnding).toBe('LF');
    expect(sniffDialect('a,b\r1,2\r', true).lineEnding).toBe('CR');
    expect(sniffDialect('a,b\r\n1,2\n', true).lineEnding).toBe('mixed');
    expect(sniffDialect('a,b', true).lineEnding).toBe('none');
  });

  it('trailing delimiters, empty header names, title rows and spaces', () => {
    expect(sniffDialect('a;b;\n1;2;\n3;4;\n', true).trailingDelimiter).toBe(true);
    expect(sniffDialect('a;b;c\n1;2;\n3;4;5\n', true).trailingDelimiter).toBe(false);
    expect(sniffDialect('a,,c\n1,2,3\n', true).emptyHeaderNames).toBe(1);
    const titled = sniffDialect('Badplatser i Osby 2024\nid,namn,lat,lon\n1,a,1,2\n2,b,3,4\n', true);
    expect(titled.titleRow).toBe(true);
    expect(titled.delimiter).toBe(',');
    expect(sniffDialect('a,b\n 1 ,2\n3, 4\n', true).spacesAroundValues).toBe(0.5);
  });

  it('a forced delimiter is used as given', () => {
    expect(sniffDialect('a,b;c\n1,2;3\n', true, ';').delimiter).toBe(';');
  });

  it('a single column file stays comma', () => {
    expect(sniffDialect('name\nÅsa\nBo\n', true).delimiter).toBe(',');
  });
});

describe('splitRows', () => {
  it('drops a cut last row unless the sample is whole', () => {
    expect(splitRows('a,b\n1,2\n3,', ',', '"', false)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(splitRows('a,b\n1,"2"""\n3,', ',', '"', true)).toEqual([
      ['a', 'b'],
      ['1', '2"'],
      ['3', ''],
    ]);
  });
});

describe('sniffDialect on Excel exports with decimal commas', () => {
  it('semicolons win over the commas inside numbers', () => {
    expect(sniffDialect('name;place_id;latitude;longitude;toilet\r\nÄngen;1;57,1;11,9;ja\r\nKajen;2;57,2;11,8;kanske\r\n', true).delimiter).toBe(';');
    expect(sniffDialect('a;b\n1,5;2,5\n3,5;4,5\n', true).delimiter).toBe(';');
  });
});

describe('line endings inside quoted fields', () => {
  it('are data, not a mix of line endings', () => {
    expect(sniffDialect('a,b\r\n1,"x\ny"\r\n2,3\r\n', true).lineEnding).toBe('CRLF');
  });
});

describe('misleading dialects (issue "Nothing broken passed")', () => {
  it('a file of white space only is not tab-separated: comma, with no confidence', () => {
    for (const text of ['   \t  \n  \n\t\n', '\t\t\t\n', ' \t \r\n \t \r\n']) {
      const d = sniffDialect(text, true);
      expect(d.delimiter, JSON.stringify(text)).toBe(',');
      expect(d.confidence).toBe(0);
    }
    // A real tab-separated file with a blank line in it is still one.
    expect(sniffDialect('a\tb\n\t\n1\t2\n', true).delimiter).toBe('\t');
    // Empty cells between visible delimiters still count for that delimiter.
    expect(sniffDialect('a;b;c\n;;\n1;2;3\n', true).delimiter).toBe(';');
  });

  it('says which kinds of line ending it met', () => {
    expect(sniffDialect('a,b\r1,2\r', true)).toMatchObject({ lineEnding: 'CR', lineEndingsSeen: ['CR'] });
    expect(sniffDialect('a,b\r\n1,2\n', true)).toMatchObject({ lineEnding: 'mixed', lineEndingsSeen: ['LF', 'CRLF'] });
    expect(sniffDialect('a,b', true)).toMatchObject({ lineEnding: 'none', lineEndingsSeen: [] });
  });
});

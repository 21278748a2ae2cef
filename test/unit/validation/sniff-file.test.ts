import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES, sniffFile } from '../../../core/validation/sniff-file.ts';
import { compoundFile } from '../../fixtures/compound-file.ts';

describe('sniffFile', () => {
  const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage'], 12);

  it('tells a password-protected file by the streams of its directory, wherever the directory lies', () => {
    expect(encrypted.length).toBeGreaterThan(SNIFF_BYTES);
    expect(sniffFile(encrypted)).toBe('encrypted');
  });

  it('says only "compound file" when the bytes read stop before the directory', () => {
    expect(sniffFile(encrypted.subarray(0, SNIFF_BYTES))).toBe('ole');
  });

  it('survives a directory chain that loops back on itself', () => {
    const looping = compoundFile(['Workbook']);
    looping.writeUInt32LE(1, 512 + 4);
    expect(sniffFile(looping)).toBe('xls');
  });

  it.each([
    ['one line with commas', 'EC.ICT.ICT.1C,75', 'text'],
    ['lines without a common separator', 'Dear secretariat,\nplease find our data.\n', 'text'],
    ['rows of semicolon-separated values', 'a;b\n1;2\n3;4', 'csv'],
  ])('reads %s as %s', (_, text, kind) => {
    expect(sniffFile(Buffer.from(text))).toBe(kind);
  });
});

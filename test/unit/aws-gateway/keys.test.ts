// Key confinement: names s3rver would turn into a path outside its bucket's folder are refused before forwarding.
import { describe, expect, it } from 'vitest';
import { keyConfinementProblem } from '../../../local/aws-gateway/keys.ts';
import { parseCopySource, parseS3Path } from '../../../local/aws-gateway/s3-target.ts';

describe('key confinement', () => {
  it("refuses '..' segments, absolute keys, backslashes and NUL", () => {
    expect(keyConfinementProblem('uploads/../../etc/passwd')).toMatch(/'\.\.'/);
    expect(keyConfinementProblem('..')).toMatch(/'\.\.'/);
    expect(keyConfinementProblem('/etc/passwd')).toMatch(/absolute/);
    expect(keyConfinementProblem('uploads\\..\\x')).toMatch(/backslash/);
    expect(keyConfinementProblem('uploads/a\0b')).toMatch(/NUL/);
  });

  it('refuses keys that would share one file with another key', () => {
    expect(keyConfinementProblem('uploads/./p1/u1.xlsx')).toMatch(/'\.'/);
    expect(keyConfinementProblem('uploads//p1/u1.xlsx')).toMatch(/empty/);
  });

  it('keeps every key the project writes, and dots that are not a whole segment', () => {
    for (const key of [
      'uploads/p1/u1.xlsx',
      'submissions/p1/v001-u1.xlsx',
      'reports/p1/p1-verification-report-zh.pdf',
      'letters/p1/..hidden',
      'a b/ünï cödé (1).pdf',
      'folder/',
    ])
      expect(keyConfinementProblem(key), key).toBeUndefined();
  });

  it('finds a percent-encoded escape in the path and the copy source, as InvalidArgument', () => {
    const refused = (parse: () => unknown) => {
      try {
        parse();
      } catch (error) {
        return (error as { code: string; status: number }).code;
      }
      return undefined;
    };

    expect(refused(() => parseS3Path('/u4ssc-uploads/uploads/%2E%2E/%2E%2E/x'))).toBe('InvalidArgument');
    expect(refused(() => parseS3Path('/u4ssc-uploads/uploads%2F..%2Fx'))).toBe('InvalidArgument');
    expect(refused(() => parseCopySource('u4ssc-uploads/..%2Fsecret'))).toBe('InvalidArgument');
    expect(refused(() => parseS3Path('/../x'))).toBe('InvalidBucketName');
    expect(parseS3Path('/u4ssc-uploads/uploads/p1/u%20x.xlsx')).toEqual({
      bucket: 'u4ssc-uploads',
      key: 'uploads/p1/u x.xlsx',
    });
    expect(parseCopySource('/u4ssc-uploads/uploads/p1/u1.xlsx?versionId=3')).toEqual({
      bucket: 'u4ssc-uploads',
      key: 'uploads/p1/u1.xlsx',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { buildLetterOfIntent } from '../../../core/documents/letter-of-intent.ts';
import { letter } from '../../support/pilots.ts';
import { expectEveryPageInked, pdfText } from './read-back.ts';

describe('letter of intent', () => {
  it('holds city, vision, commitment, contact and signature block in English', async () => {
    const pdf = await buildLetterOfIntent(letter, 'en');
    const text = pdfText(pdf);
    for (const expected of [
      'Letter of intent',
      'Aurora, Europe, Utopia',
      letter.vision,
      'verified by a verifier approved by U4SSC',
      'submit the results to the U4SSC secretariat',
      `${letter.contact.name} · ${letter.contact.email}`,
      'Signature of the mayor or authorised representative',
      `${letter.signatory.name} ${letter.signatory.title}, Aurora`,
    ]) {
      expect(text).toContain(expected);
    }
    expectEveryPageInked(pdf);
  });

  it('is written in Chinese', async () => {
    const text = pdfText(await buildLetterOfIntent(letter, 'zh'));
    for (const expected of [
      '意向书',
      '审阅与承诺声明',
      'U4SSC 认可的核查机构',
      '项目联系人',
      '市长或授权代表签字',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

// The SES v2 message size the gateway holds SendEmail to (40 MB), estimated on the large side from the request.
import { describe, expect, it } from 'vitest';
import { estimateMessageBytes } from '../../../local/aws-gateway/ses-front.ts';

describe('SES v2 message size', () => {
  it('takes a raw message at its decoded size', () => {
    const mime = Buffer.alloc(3000, 'a');

    expect(estimateMessageBytes({ Content: { Raw: { Data: mime.toString('base64') } } }, 0)).toBe(3000);
  });

  it('counts simple text as base64 and attachments as sent, so the estimate is above the MIME message', () => {
    const text = 'é'.repeat(1000);
    const attachment = Buffer.alloc(3000).toString('base64');

    const size = estimateMessageBytes(
      {
        Content: {
          Simple: {
            Subject: { Data: 'Subject' },
            Body: { Text: { Data: text } },
            Attachments: [{ FileName: 'a.pdf', RawContent: attachment }],
          },
        },
      },
      0,
    );

    expect(size).toBeGreaterThan(Math.ceil((Buffer.byteLength(text) * 4) / 3) + attachment.length);
  });
});

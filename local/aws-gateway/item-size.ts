// DynamoDB item size as AWS documents it ("Item sizes and formats"), computed from the request's JSON, so the 400 KB
// item limit dynalite ignores can be enforced. Where AWS gives only an approximation (numbers), this errs large.

/** An AttributeValue in DynamoDB's JSON wire format: { S: "..." }, { N: "1" }, { M: {...} }, ... */
export type AttributeValue = Record<string, unknown>;
export type Item = Record<string, AttributeValue>;

/** 400 KB, name and value lengths of every attribute together. */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Base64 text to the byte count it decodes to, without decoding it. */
function base64Bytes(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return Math.floor((value.length * 3) / 4) - padding;
}

/**
 * "Numbers are variable length, with up to 38 significant digits; leading and trailing zeroes are trimmed. The size
 * of a number is approximately (number of UTF-8-encoded bytes of attribute name) + (1 byte per two significant
 * digits) + (1 byte)." Rounded up, plus a byte for a minus sign, so the estimate is never below DynamoDB's.
 */
export function numberBytes(value: string): number {
  const digits = value
    .replace(/[eE].*$/, '')
    .replace(/[^0-9]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1 + (value.trim().startsWith('-') ? 1 : 0);
}

/** Size of one value, without its name. */
export function valueBytes(value: AttributeValue): number {
  const [type, content] = Object.entries(value)[0] ?? [];
  switch (type) {
    case 'S':
      return utf8(String(content));
    case 'N':
      return numberBytes(String(content));
    case 'B':
      return base64Bytes(String(content));
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return (content as string[]).reduce((sum, s) => sum + utf8(s), 0);
    case 'NS':
      return (content as string[]).reduce((sum, n) => sum + numberBytes(n), 0);
    case 'BS':
      return (content as string[]).reduce((sum, b) => sum + base64Bytes(b), 0);
    // A list or map costs 3 bytes whatever it holds, and 1 more byte per element; a map's element also has its name.
    case 'L':
      return 3 + (content as AttributeValue[]).reduce((sum, v) => sum + valueBytes(v) + 1, 0);
    case 'M':
      return (
        3 + Object.entries(content as Item).reduce((sum, [k, v]) => sum + utf8(k) + valueBytes(v) + 1, 0)
      );
    default:
      // An unknown type is left to DynamoDB's (dynalite's) own validation; it adds nothing here.
      return 0;
  }
}

export const attributeBytes = (name: string, value: AttributeValue) => utf8(name) + valueBytes(value);

export function itemBytes(item: Item): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + attributeBytes(name, value), 0);
}

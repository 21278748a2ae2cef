// DynamoDB item size as documented (names plus values; numbers approximated upwards), and the bound of an update.
import { describe, expect, it } from 'vitest';
import { checkItemLimits } from '../../../local/aws-gateway/dynamodb-limits.ts';
import { type Item, itemBytes, MAX_ITEM_BYTES, numberBytes } from '../../../local/aws-gateway/item-size.ts';
import { updatedItemBound } from '../../../local/aws-gateway/update-bound.ts';

describe('DynamoDB item size', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    expect(itemBytes({ pk: { S: 'PILOT#p1' } })).toBe(2 + 8);
    expect(itemBytes({ café: { S: 'Zürich' } })).toBe(5 + 7);
  });

  it('counts a number by its significant digits, never below what DynamoDB counts', () => {
    // 1 byte per two significant digits, plus one; leading and trailing zeros do not count.
    expect(numberBytes('7')).toBe(2);
    expect(numberBytes('1234')).toBe(3);
    expect(numberBytes('12345')).toBe(4);
    expect(numberBytes('0.00120000')).toBe(2);
    expect(numberBytes('-12')).toBe(3);
    expect(numberBytes('9'.repeat(38))).toBe(20);
  });

  it('counts binary as its decoded bytes, booleans and nulls as one byte, sets as their members', () => {
    expect(itemBytes({ b: { B: Buffer.alloc(10).toString('base64') } })).toBe(1 + 10);
    expect(itemBytes({ t: { BOOL: true }, n: { NULL: true } })).toBe(2 + 2);
    expect(itemBytes({ s: { SS: ['ab', 'cde'] } })).toBe(1 + 5);
  });

  it('adds 3 bytes per list or map and 1 per element', () => {
    expect(itemBytes({ l: { L: [] } })).toBe(1 + 3);
    expect(itemBytes({ l: { L: [{ S: 'ab' }, { N: '1' }] } })).toBe(1 + 3 + (2 + 1) + (2 + 1));
    expect(itemBytes({ m: { M: { k: { S: 'v' }, nested: { M: {} } } } })).toBe(
      1 + 3 + (1 + 1 + 1) + (6 + 3 + 1),
    );
  });

  it('refuses a PutItem over 400 KB, also inside a batch, and lets one at the limit through', async () => {
    const item = (bytes: number): Item => ({
      pk: { S: 'PILOT#p1' },
      sk: { S: 'STATE' },
      data: { S: 'x'.repeat(bytes) },
    });
    const overhead = itemBytes(item(0));
    const noRead = async () => undefined;

    await expect(
      checkItemLimits('PutItem', { Item: item(MAX_ITEM_BYTES - overhead) }, noRead),
    ).resolves.toBeUndefined();
    await expect(
      checkItemLimits('PutItem', { Item: item(MAX_ITEM_BYTES - overhead + 1) }, noRead),
    ).rejects.toMatchObject({
      code: 'ValidationException',
      status: 400,
      message: 'Item size has exceeded the maximum allowed size',
    });
    await expect(
      checkItemLimits(
        'BatchWriteItem',
        {
          RequestItems: {
            t: [{ PutRequest: { Item: item(10) } }, { PutRequest: { Item: item(MAX_ITEM_BYTES) } }],
          },
        },
        noRead,
      ),
    ).rejects.toMatchObject({ code: 'ValidationException' });
  });
});

describe('item size after UpdateItem', () => {
  const key = { pk: { S: 'PILOT#p1' }, sk: { S: 'UPLOAD#u1' } };
  const current: Item = { ...key, status: { S: 'issued' }, log: { L: [{ S: 'x'.repeat(100) }] } };

  it('is exact for SET of whole attributes and REMOVE, as the grant claim does', () => {
    const claimed = updatedItemBound(current, {
      Key: key,
      UpdateExpression: 'SET #s = :used, usedAt = :at REMOVE log',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':used': { S: 'used' }, ':at': { S: '2026-06-01T12:00:00.000Z' } },
    });

    expect(claimed).toBe(
      itemBytes({ ...key, status: { S: 'used' }, usedAt: { S: '2026-06-01T12:00:00.000Z' } }),
    );
  });

  it('errs large for expressions and nested paths, never below the true size', () => {
    const entry = { S: 'y'.repeat(50) };
    const appended = itemBytes({ ...current, log: { L: [{ S: 'x'.repeat(100) }, entry] } });

    const bound = updatedItemBound(current, {
      Key: key,
      UpdateExpression: 'SET log = list_append(log, :entry)',
      ExpressionAttributeValues: { ':entry': { L: [entry] } },
    });
    const nested = updatedItemBound(current, {
      Key: key,
      UpdateExpression: 'SET log[1] = :e',
      ExpressionAttributeValues: { ':e': entry },
    });

    expect(bound).toBeGreaterThanOrEqual(appended);
    expect(nested).toBeGreaterThanOrEqual(appended);
  });

  it('counts an update of an item that does not exist yet from its key', () => {
    expect(
      updatedItemBound(undefined, {
        Key: key,
        UpdateExpression: 'ADD visits :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      }),
    ).toBe(itemBytes({ ...key, visits: { N: '1' } }));
  });

  it('refuses an update that would take the item over 400 KB, reading the current item to know', async () => {
    const big: Item = { ...key, data: { S: 'x'.repeat(MAX_ITEM_BYTES - 100) } };
    const reads: string[] = [];

    const checking = checkItemLimits(
      'UpdateItem',
      {
        TableName: 't',
        Key: key,
        UpdateExpression: 'SET note = :n',
        ExpressionAttributeValues: { ':n': { S: 'z'.repeat(200) } },
      },
      async (table) => {
        reads.push(table);
        return big;
      },
    );

    await expect(checking).rejects.toMatchObject({
      code: 'ValidationException',
      message: 'Item size to update has exceeded the maximum allowed size',
    });
    expect(reads).toEqual(['t']);
  });
});

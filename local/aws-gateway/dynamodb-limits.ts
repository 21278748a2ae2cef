// DynamoDB's 400 KB item limit, which dynalite does not enforce: checked before a write reaches it.
import { GatewayError } from './errors.ts';
import { type Item, itemBytes, MAX_ITEM_BYTES } from './item-size.ts';
import { type UpdateRequest, updatedItemBound } from './update-bound.ts';

type Body = Record<string, unknown>;

const tooLarge = (message: string) => new GatewayError('ValidationException', 400, message);
const PUT_MESSAGE = 'Item size has exceeded the maximum allowed size';
const UPDATE_MESSAGE = 'Item size to update has exceeded the maximum allowed size';

/** Reads an item straight from dynalite (which checks only that an Authorization header is well-formed). */
export async function readCurrentItem(upstream: URL, table: string, key: Item): Promise<Item | undefined> {
  const response = await fetch(upstream, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.GetItem',
      'x-amz-date': '20000101T000000Z',
      authorization:
        'AWS4-HMAC-SHA256 Credential=gateway/20000101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify({ TableName: table, Key: key, ConsistentRead: true }),
  });
  // The update itself will fail the same way (no such table, bad key); let dynalite say so.
  if (!response.ok) return undefined;
  return ((await response.json()) as { Item?: Item }).Item;
}

/**
 * Refuses a write whose item would exceed 400 KB. PutItem, BatchWriteItem puts and transaction puts carry the whole
 * item; for UpdateItem the bound of update-bound.ts is checked against the current item.
 */
export async function checkItemLimits(
  operation: string,
  body: Body,
  readItem: (table: string, key: Item) => Promise<Item | undefined>,
): Promise<void> {
  const checkPut = (item: unknown) => {
    if (item && typeof item === 'object' && itemBytes(item as Item) > MAX_ITEM_BYTES)
      throw tooLarge(PUT_MESSAGE);
  };
  switch (operation) {
    case 'PutItem':
      checkPut(body.Item);
      return;
    case 'BatchWriteItem':
      for (const requests of Object.values((body.RequestItems as Record<string, Body[]>) ?? {}))
        for (const request of requests ?? []) checkPut((request.PutRequest as Body | undefined)?.Item);
      return;
    case 'TransactWriteItems':
      for (const item of (body.TransactItems as Body[] | undefined) ?? [])
        checkPut((item.Put as Body | undefined)?.Item);
      return;
    case 'UpdateItem': {
      const request = body as unknown as UpdateRequest & { TableName: string };
      if (!request.Key || typeof request.TableName !== 'string') return;
      const current = await readItem(request.TableName, request.Key);
      if (updatedItemBound(current, request) > MAX_ITEM_BYTES) throw tooLarge(UPDATE_MESSAGE);
      return;
    }
    default:
      return;
  }
}

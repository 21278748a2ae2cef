// IAM wildcard matching: `*` is any run of characters, `?` exactly one; actions ignore case, ARNs do not.
const compiled = new Map<string, RegExp>();

function patternRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regExp = compiled.get(cacheKey);
  if (!regExp) {
    const body = [...pattern]
      .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    regExp = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
    compiled.set(cacheKey, regExp);
  }
  return regExp;
}

/** `dynamodb:Get*` matches `DynamoDB:GetItem`: IAM compares action names without regard to case. */
export function actionMatches(pattern: string, action: string): boolean {
  return patternRegExp(pattern, true).test(action);
}

/** Resource elements and StringLike values are case-sensitive; a `*` may span `/` and `:`. */
export function textMatches(pattern: string, value: string): boolean {
  return patternRegExp(pattern, false).test(value);
}

/** arn:partition:service:region:account and the resource; the resource keeps any further colons. */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ArnLike and ArnEquals compare the six parts of an ARN one by one, so a wildcard never spans a part's colon. */
export function arnMatches(pattern: string, arn: string): boolean {
  const patternParts = arnParts(pattern);
  const arnValueParts = arnParts(arn);
  if (!patternParts || !arnValueParts) return false;
  return patternParts.every((part, index) => textMatches(part, arnValueParts[index] ?? ''));
}

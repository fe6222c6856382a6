/**
 * Apollo Server's CSRF prevention rejects "simple" requests; an explicit JSON content type plus
 * apollo-require-preflight guarantees the browser preflights every call.
 */
export function buildRequestHeaders(accessToken: string | null, language: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    'accept-language': language,
  };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  return headers;
}

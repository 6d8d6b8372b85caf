import { isSecretParameter, LOG_REDACT_PATHS, redactUrl, requestForLog } from './log-redaction';

const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5hIiwicm9sZXMiOlsiY2xlcmsiXX0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

describe('what the request log shows of a URL (issue 17)', () => {
  it.each([
    [`/api/v1/loans?access_token=${JWT}`, '/api/v1/loans?access_token=[redacted]'],
    [
      '/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj&lang=en',
      '/cb?code=[redacted]&state=[redacted]&lang=en',
    ],
    [
      '/x?id_token=abc&refresh_token=def&token=ghi&client_secret=jkl&password=p&apiKey=k&api_key=k2',
      '/x?id_token=[redacted]&refresh_token=[redacted]&token=[redacted]&client_secret=[redacted]&password=[redacted]&apiKey=[redacted]&api_key=[redacted]',
    ],
    [
      '/x?ACCESS_TOKEN=abc&X-Amz-Signature=sig',
      '/x?ACCESS_TOKEN=[redacted]&X-Amz-Signature=[redacted]',
    ],
    ['/x?access%5Ftoken=abc', '/x?access%5Ftoken=[redacted]'],
    [`/api/v1/loans/${JWT}/events`, '/api/v1/loans/[redacted]/events'],
    [`/x?q=${JWT}`, '/x?q=[redacted]'],
    ['/x?a=1&b=2#token=frag', '/x?a=1&b=2#[redacted]'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('keeps the path and ordinary parameters as they are', () => {
    const url = '/api/v1/loans?status=approved&productCode=impulskrediet&minPosition=12&limit=50';
    expect(redactUrl(url)).toBe(url);
    expect(redactUrl('/health')).toBe('/health');
  });

  it('names credentials, not look-alikes', () => {
    for (const name of ['token', 'access_token', 'id_token', 'code', 'secret', 'jwt', 'sessionId'])
      expect(isSecretParameter(name)).toBe(true);
    for (const name of ['productCode', 'status', 'lang', 'format', 'asOf', 'minPosition'])
      expect(isSecretParameter(name)).toBe(false);
  });

  it('logs the request without headers, and pino redacts Authorization and cookies anyway', () => {
    expect(
      requestForLog({ id: 'r1', method: 'GET', url: `/api/v1/loans?access_token=${JWT}` }),
    ).toEqual({ id: 'r1', method: 'GET', url: '/api/v1/loans?access_token=[redacted]' });
    expect(LOG_REDACT_PATHS).toEqual(
      expect.arrayContaining(['req.headers["authorization"]', 'req.headers["cookie"]']),
    );
  });
});

import { ACCEPT_LANGUAGE } from './client';
import { ApiProblem, toProblem } from './problems';
import type { Language } from '../format/format';

/**
 * A file the API makes (a CSV, a workbook, a document's PDF or HTML) needs the bearer token, which
 * a plain link cannot carry: it is fetched, then handed to the browser from memory, saved under
 * `filename` or (with none) opened in a new tab. The object URL is let go a minute later, when
 * the tab or the download has it.
 */
export async function openFile(
  href: string,
  token: string | undefined,
  language: Language,
  options: { accept?: string; filename?: string } = {},
): Promise<void> {
  const headers: Record<string, string> = { 'Accept-Language': ACCEPT_LANGUAGE[language] };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.accept) headers.Accept = options.accept;
  let response: Response;
  try {
    response = await fetch(href, { headers });
  } catch (error) {
    throw new ApiProblem({ status: 0, title: String(error) });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiProblem(toProblem(response.status, body));
  }
  const url = URL.createObjectURL(await response.blob());
  if (options.filename) {
    const a = document.createElement('a');
    a.href = url;
    a.download = options.filename;
    a.click();
  } else {
    window.open(url, '_blank', 'noopener');
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A query string of the parameters that are set. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

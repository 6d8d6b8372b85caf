import type { DocumentModel } from './model';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';

export interface RenderedDocument {
  readonly title: string;
  readonly language: DocumentModel['language'];
  readonly html: string;
  readonly pdf: Buffer;
  readonly text: string;
}

/** The three renderings of one model. */
export async function renderDocument(model: DocumentModel): Promise<RenderedDocument> {
  return {
    title: model.title,
    language: model.language,
    html: renderHtml(model),
    pdf: await renderPdf(model),
    text: renderText(model),
  };
}

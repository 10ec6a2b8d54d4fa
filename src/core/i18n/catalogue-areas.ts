// The catalogue's areas and entry shape (Chrome's messages.json: { message, description }).

/** The areas, in the order their files are merged: each part of the product keeps its own file. */
export const MESSAGE_AREAS = ['extension', 'popup', 'options', 'history', 'report', 'compare', 'cli', 'checks', 'reach', 'reason'] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];

export interface CatalogueEntry {
  message: string;
  description?: string;
}
export type CatalogueFile = Readonly<Record<string, CatalogueEntry>>;

export const ART_FORMS = ['dance', 'music', 'theatre', 'visual-arts', 'media-arts'] as const;
export type ArtForm = (typeof ART_FORMS)[number];

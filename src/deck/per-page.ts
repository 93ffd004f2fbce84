// How many slides a page the handout may print (`--per-page`): plain data, also read by the editor's page.
export const PER_PAGE = [1, 2, 3, 4, 6] as const;
export type PerPage = (typeof PER_PAGE)[number];

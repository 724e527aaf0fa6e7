/** The pages of a list and the positions (from 1) of the items shown on one page. */
export function pageRange({
  total,
  pageSize,
  page,
  shown,
}: {
  total: number;
  pageSize: number;
  page: number;
  shown: number;
}): { pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  return { pages, first, last: Math.max(first, first + shown - 1) };
}

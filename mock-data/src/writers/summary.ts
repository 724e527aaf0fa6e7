export interface WriteSummary {
  path: string;
  dataRows: number;
  bytes: number;
}

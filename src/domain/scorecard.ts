import type { GradeId } from './index766.ts';

/**
 * One unit's result on the QĐ 766 service index for one period, as the national portal publishes it
 * (official) or as this product estimates it (estimate). Shared by scorecard import, the live
 * estimate, the target screen, the server and the CLI.
 */
export interface Scorecard {
  /** Official: read from a published table or portal JSON. Estimate: computed here (always labelled). */
  source: 'official' | 'estimate';
  /** The index version it was scored under (an `IndexVersion.id` of src/domain/index766.ts). */
  versionId: string;
  /**
   * The period scored: `yyyy-MM` (month), `yyyy-Qn` (quarter to date), `yyyy` (year to date), as
   * the portal publishes them.
   */
  period: string;
  /** The portal's unit code (`H44`, `000.00.12.H44`, …) when the source gives one. */
  unitCode: string | null;
  unitName: string;
  /** Unit id in the registry once matched (null: not matched yet — listed for staff). */
  unitId: string | null;
  /** Points per group code (CKMB, TDGQ, …); null where the source gives no group scores. */
  groups: Readonly<Record<string, number | null>>;
  /** Total points as published (official) or summed (estimate). */
  total: number;
  /** The grade for `total` under the version's bands. */
  grade: GradeId;
  /** Rank as published (ties share a rank); null when the source has none. */
  rank: number | null;
  /** When the source captured / published it (yyyy-MM-dd), if known. */
  asOf: string | null;
}

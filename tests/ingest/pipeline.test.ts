import { createReadStream, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDossiers } from '../../mock-data/src/generate-dossiers.ts';
import { sampleSpecs } from '../../mock-data/src/samples.ts';
import { dossierAt } from '../../src/domain/table.ts';
import { foldUnitName } from '../../src/domain/units.ts';
import { type IngestInput, ingestFiles, MappingIncompleteError } from '../../src/ingest/pipeline.ts';
import { IngestCancelledError } from '../../src/ingest/types.ts';

const SAMPLES = resolve(__dirname, '../../mock-data/samples');
const specs = sampleSpecs(SAMPLES);
const q1Specs = specs.filter((s) => basename(s.path).startsWith('export-2025-q1'));

function fileInput(path: string): IngestInput {
  return { name: basename(path), totalBytes: statSync(path).size, source: createReadStream(path) };
}

function textInput(name: string, text: string): IngestInput {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    totalBytes: bytes.length,
    source: (async function* () {
      yield bytes;
    })(),
  };
}

describe('ingesting the sample exports', () => {
  it('reads every shape of the same export (CSV, ;-separated Windows-1258 CSV, .xlsx, HTML .xls) to the same dossiers', async () => {
    // The .xlsx sample prints finishedAt/returnedAt to the minute, so times are compared to the minute.
    const toMinute = (t: number | null) => (t === null ? null : Math.floor(t / 60_000));
    const results = await Promise.all(q1Specs.map((s) => ingestFiles([fileInput(s.path)])));
    const [reference, ...others] = results.map(({ table }) => {
      const byCode = new Map<string, unknown>();
      for (let i = 0; i < table.length; i++) {
        const d = dossierAt(table, i);
        byCode.set(d.code, {
          ...d,
          finishedAt: toMinute(d.finishedAt),
          returnedAt: toMinute(d.returnedAt),
        });
      }
      return byCode;
    });
    expect(q1Specs).toHaveLength(4);
    expect(reference!.size).toBeGreaterThan(2_500);
    for (const other of others) expect(other).toEqual(reference);
    const reports = results.map((r) => r.report);
    for (const r of reports) {
      expect([r.rowsRead, r.accepted, r.rejected, r.excluded, r.warned]).toEqual([
        reports[0]!.rowsRead,
        reports[0]!.accepted,
        reports[0]!.rejected,
        reports[0]!.excluded,
        reports[0]!.warned,
      ]);
    }
  });

  it('matches the generator’s truth row by row, rejects exactly its bad rows and keeps duplicates as warnings', async () => {
    const spec = q1Specs[0]!;
    const { table, report } = await ingestFiles([fileInput(spec.path)]);
    const truth = [...generateDossiers(spec.generate)];
    const errorFlaws = truth.filter((r) => r.flaw !== null && r.flaw.kind !== 'duplicate-code');
    const duplicates = truth.filter((r) => r.flaw?.kind === 'duplicate-code');
    const excluded = truth.filter((r) => r.flaw === null && r.truth.statusBucket === 'excluded');

    expect(report.rowsRead).toBe(truth.length);
    expect(report.rejected).toBe(errorFlaws.length);
    expect(report.excluded).toBe(excluded.length);
    expect(report.accepted).toBe(truth.length - errorFlaws.length - excluded.length);
    expect(report.problemCounts.duplicate_code).toBe(duplicates.length);
    expect(report.dossiers).toBe(report.accepted - duplicates.length);

    const byCode = new Map<string, ReturnType<typeof dossierAt>>();
    for (let i = 0; i < table.length; i++) byCode.set(table.codes.get(i), dossierAt(table, i));
    let compared = 0;
    for (const { truth: t, flaw } of truth) {
      if (flaw !== null || t.statusBucket === 'excluded') continue;
      const d = byCode.get(t.code);
      expect(d, t.code).toBeDefined();
      expect(d!.receivedAt).toBe(t.receivedAt);
      expect(d!.dueAt).toBe(t.dueAt);
      expect(d!.finishedAt).toBe(t.finishedAt ?? (t.statusBucket === 'finished' ? t.returnedAt : null));
      expect(d!.channel).toBe(t.channel);
      expect(d!.rating).toBe(t.rating);
      expect(foldUnitName(d!.unit)).toBe(foldUnitName(t.unit));
      compared++;
    }
    expect(compared).toBeGreaterThan(2_500);
  });

  it('reports each rejected row with its row number in the file, column, value and a Vietnamese reason', async () => {
    const { report } = await ingestFiles([fileInput(q1Specs[0]!.path)]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(report.rejected);
    for (const p of errors) {
      expect(p.file).toBe('export-2025-q1.csv');
      expect(p.row).toBeGreaterThan(5); // below the 4 title rows and the header
      expect(p.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    const codes = new Set(errors.map((p) => p.code));
    expect(codes).toEqual(new Set(['missing_required', 'unparsable_date', 'finished_before_received']));
  });

  it('drops personal data: no applicant name, ID number, phone or e-mail reaches the table', async () => {
    const spec = q1Specs[0]!;
    const { table, report } = await ingestFiles([fileInput(spec.path)]);
    expect(report.files[0]!.personalColumnsDropped.length).toBeGreaterThanOrEqual(4);
    const kept = new Set<string>([
      ...table.units.values,
      ...table.receivingUnits.values,
      ...table.sectors.values,
      ...table.procedures.values,
      ...table.procedureNames.filter((n): n is string => n !== null),
    ]);
    for (let i = 0; i < table.length; i++) kept.add(table.codes.get(i));
    const applicants = [...generateDossiers(spec.generate)].slice(0, 300).map((r) => r.printed);
    for (const a of applicants) {
      for (const personal of [a.applicantName, a.idNumber, a.phone, a.email, a.address].filter(
        (v) => v !== '',
      )) {
        expect(kept.has(personal), personal).toBe(false);
      }
    }
  });
});

const HEADER = 'Mã hồ sơ,Đơn vị xử lý,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái\n';

describe('merging files', () => {
  it('counts a code seen in two files once, from the file given last, with a warning and no rejection', async () => {
    const first = textInput(
      'thang-1.csv',
      `${HEADER}A-1,Sở Y tế,02/01/2025 08:00,06/01/2025,03/01/2025 09:00,Đã trả kết quả\n`,
    );
    const second = textInput(
      'thang-1-bo-sung.csv',
      `${HEADER}A-1,Sở Tư pháp,02/01/2025 08:00,06/01/2025,08/01/2025 09:00,Đã trả kết quả\n`,
    );
    const { table, report } = await ingestFiles([first, second]);
    expect(table.length).toBe(1);
    expect(dossierAt(table, 0).unit).toBe('Sở Tư pháp');
    expect(report.rejected).toBe(0);
    expect(report.accepted).toBe(2);
    const dup = report.problems.find((p) => p.code === 'duplicate_code');
    expect(dup).toMatchObject({ file: 'thang-1-bo-sung.csv', row: 2, severity: 'warning', value: 'A-1' });
    expect(dup!.message).toContain('thang-1.csv');
  });

  it('fails with the missing required columns named when the header cannot be mapped', async () => {
    const bad = textInput('bad.csv', 'Cột A,Cột B\n1,2\n');
    await expect(ingestFiles([bad])).rejects.toBeInstanceOf(MappingIncompleteError);
    await expect(ingestFiles([textInput('bad.csv', 'Cột A,Cột B\n1,2\n')])).rejects.toThrow(/Cột A \| Cột B/);
  });

  it('finds the header below title rows when staff map columns the guesser cannot name', async () => {
    const text =
      'DANH SÁCH HỒ SƠ\nTừ ngày 01/03/2025\nA,B,C\nX-1,Sở Y tế,05/03/2025 10:00\nX-2,Sở Y tế,06/03/2025 10:00\n';
    const { table, report } = await ingestFiles([
      { ...textInput('la.csv', text), mapping: { code: 'A', unit: 'B', receivedAt: 'C' } },
    ]);
    expect(report.rejected).toBe(0);
    expect(table.length).toBe(2);
    expect(report.files[0]!.headerRows).toEqual([3]);
  });

  it('takes a mapping confirmed by staff over its own guess', async () => {
    const text = 'Số,Nơi xử lý,Nhận lúc\nX-9,UBND xã Mỹ Hòa Hưng,05/03/2025 10:00\n';
    const { table } = await ingestFiles([
      { ...textInput('custom.csv', text), mapping: { code: 'Số', unit: 1, receivedAt: 'Nhận lúc' } },
    ]);
    expect(dossierAt(table, 0)).toMatchObject({ code: 'X-9', unit: 'UBND xã Mỹ Hòa Hưng' });
  });
});

describe('progress and cancellation', () => {
  it('reports progress up to the file size and stops when cancelled', async () => {
    const path = q1Specs[0]!.path;
    const seen: number[] = [];
    await ingestFiles([fileInput(path)], { onProgress: (p) => seen.push(p.bytesRead) });
    expect(seen.at(-1)).toBe(statSync(path).size);

    const controller = new AbortController();
    const run = ingestFiles(
      [{ ...fileInput(path), source: createReadStream(path, { highWaterMark: 4096 }) }],
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.bytesRead > 20_000) controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(IngestCancelledError);
  });
});

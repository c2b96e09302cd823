import type { ImportMessage, ImportReport, RowReport, RowStatus } from './types';

function rowStatus(messages: readonly ImportMessage[]): RowStatus {
  let status: RowStatus = 'ok';
  for (const m of messages) {
    if (m.severity === 'error') return 'error';
    if (m.severity === 'warning') status = 'warning';
  }
  return status;
}

/** A report for a file that was refused before any row was read. */
export function fileFailure(
  fileName: string,
  format: ImportReport['format'],
  fileMessages: ImportMessage[],
  extra: Partial<ImportReport> = {},
): ImportReport {
  return {
    fileName,
    format,
    program: null,
    rows: 0,
    accepted: 0,
    rejected: 0,
    warnings: 0,
    canWrite: false,
    mapping: { detected: {}, used: {} },
    columns: [],
    unmappedColumns: [],
    fileMessages,
    records: [],
    ...extra,
  };
}

/** Final statuses and counts; an all-rejected file cannot be written. */
export function finishReport(
  base: Omit<ImportReport, 'rows' | 'accepted' | 'rejected' | 'warnings' | 'canWrite' | 'records'>,
  records: RowReport[],
): ImportReport {
  let accepted = 0;
  let warnings = 0;
  for (const r of records) {
    r.status = rowStatus(r.messages);
    if (r.status === 'error') r.record = undefined;
    else {
      accepted++;
      if (r.status === 'warning') warnings++;
    }
  }
  const fileMessages = [...base.fileMessages];
  if (accepted === 0 && records.length > 0)
    fileMessages.push({ code: 'all_rows_invalid', severity: 'error' });
  return {
    ...base,
    fileMessages,
    rows: records.length,
    accepted,
    rejected: records.length - accepted,
    warnings,
    canWrite: accepted > 0 && !fileMessages.some((m) => m.severity === 'error'),
    records,
  };
}

import type { Locale, MessageKey, MessageParams } from '../i18n/translate';
import { definedTooltip } from './defined-tooltip';
import type { RecordHit } from '../map/record-types';

interface TooltipRow {
  label: string;
  value: string;
}

export interface TooltipContent {
  title: string;
  rows: TooltipRow[];
}

export interface TooltipFormat {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Rupiah as the rest of the app writes them (`Rp 40.000.000`), never Intl's "IDR". */
  rupiah: (value: number) => string;
  /** Kelurahan name by code. */
  kelurahanName: (kode: string) => string | undefined;
}

/**
 * What the tooltip says about a record: plain strings (data fields are never markup). Home Care
 * shows the home's latest visit; the caller only passes Home Care hits in the full app.
 */
export function recordTooltip(hit: RecordHit, f: TooltipFormat): TooltipContent {
  const { t } = f;
  const unknown = t('tooltip.unknown');
  const rwRt = (rw: number | null, rt: number | null) =>
    rw === null && rt === null
      ? unknown
      : t('tooltip.rwRtValue', { rw: rw ?? unknown, rt: rt ?? unknown });
  const place = (kode: string) => ({
    label: t('tooltip.kelurahan'),
    value: f.kelurahanName(kode) ?? kode,
  });
  switch (hit.program) {
    case 'bank_sampah': {
      const r = hit.record;
      return {
        title: r.name,
        rows: [
          { label: t('tooltip.type'), value: t(`tooltip.bsType.${r.type}`) },
          { label: t('tooltip.status'), value: t(`legend.status.${r.status}`) },
          { label: t('tooltip.rwRt'), value: rwRt(r.rw, r.rt) },
          place(r.kode),
        ],
      };
    }
    case 'prodamas': {
      const r = hit.record;
      return {
        title: r.title,
        rows: [
          { label: t('tooltip.category'), value: t(`legend.category.${r.category}`) },
          {
            label: t('tooltip.budget'),
            value: f.rupiah(r.budgetRp),
          },
          {
            label: t('tooltip.progress'),
            value: t('tooltip.progressValue', { progress: r.progress }),
          },
          { label: t('tooltip.year'), value: String(r.year) },
          { label: t('tooltip.rwRt'), value: rwRt(r.rw, r.rt) },
          place(r.kode),
        ],
      };
    }
    case 'defined': {
      const r = hit.record;
      const own = definedTooltip(hit.definition, r, f.locale, f);
      return {
        title: own.title,
        rows: [
          { label: t('tooltip.program'), value: hit.definition.names[f.locale] },
          ...own.rows,
          { label: t('tooltip.rwRt'), value: rwRt(r.rw, r.rt) },
          place(r.kode),
        ],
      };
    }
    case 'home_care': {
      const r = hit.record;
      return {
        title: t('tooltip.homeCare'),
        rows: [
          { label: t('tooltip.patient'), value: r.patientId },
          { label: t('tooltip.visits'), value: f.number(hit.visits) },
          { label: t('tooltip.latestVisit'), value: r.date },
          { label: t('tooltip.service'), value: t(`tooltip.service.${r.service}`) },
          { label: t('tooltip.group'), value: t(`tooltip.group.${r.group}`) },
          { label: t('tooltip.rwRt'), value: rwRt(r.rw, r.rt) },
          place(r.kode),
        ],
      };
    }
  }
}

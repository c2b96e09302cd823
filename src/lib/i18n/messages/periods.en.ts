import type { PeriodsKey } from './periods.id';

/** English messages of the change between two periods; every key of periods.id.ts is required. */
export const periodsEn: Record<PeriodsKey, string> = {
  'periods.title': 'Change between periods',
  'periods.toggle': 'Compare two periods',
  'periods.from': 'From',
  'periods.to': 'To',
  'periods.year': 'Year {year}',
  'periods.custom': 'Date range…',
  'periods.start': 'From',
  'periods.end': 'To',
  'periods.onMap': 'Map the change',
  'periods.computing': 'Computing both periods…',
  'periods.error': 'The comparison could not be computed: {reason}',
  'periods.noYears': 'No dated data to compare yet.',
  'periods.span': '{a} → {b}',
  'periods.summary':
    '{metric}, {span}: {better} kelurahan better, {worse} worse, {same} unchanged.',
  'periods.points': '{value} pp',
  'periods.noChange': 'No change',
  'periods.better': 'better',
  'periods.worse': 'worse',
  'periods.none': 'no change',
  'periods.sort.best': 'Most improved first',
  'periods.sort.worst': 'Most worsened first',
  'periods.caption': 'Change of {metric} per kelurahan, {order}',
  'periods.col.change': 'Change',
  'periods.col.score': 'Index Δ',
  'periods.col.scoreLong': 'Change of the underserved score (negative = better)',
  'periods.col.rank': 'Rank',
  'periods.col.rankLong': 'Index rank in both periods (1 = most underserved)',
  'periods.sites.title': 'Sites opened and closed',
  'periods.sites.none': 'No site opened or closed between the two periods.',
  'periods.sites.opened': 'Opened ({count})',
  'periods.sites.closed': 'Closed ({count})',
  'periods.sites.undated': 'date unknown',
  'periods.notes.title': 'How the periods are counted',
  'periods.notes.rules':
    'As at the end of each period: bank sampah and other sites founded by then and still active then (by their inactive-since date, else their status history); Prodamas projects of the years the period covers; Home Care visits within the period; other programmes by their date field. The other filters still apply.',
  'periods.notes.statusAsNow':
    '{count, plural, one {# inactive site has} other {# inactive sites have}} no closing date and no history: taken as inactive in both periods.',
  'periods.notes.undatedSites':
    '{count, plural, one {# site has} other {# sites have}} no founding date: taken as there before both periods.',
  'periods.notes.undatedRecords':
    '{count, plural, one {# record has} other {# records have}} no date and fall in no period.',
  'periods.notes.undatedPrograms':
    'Without a date field, counted the same in both periods (change 0): {programs}.',
  'periods.legend.title': 'Change: {metric}',
  'periods.legend.note': 'Purple = better, orange = worse',
  'periods.tooltip': 'Change {span}',
  'periods.report.title': 'Change {span}',
  'periods.report.figure': 'Figure',
  'periods.report.intro':
    'This kelurahan’s figures at the end of the two periods compared in the Ranking tab.',
};

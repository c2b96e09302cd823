/**
 * BPS village codes (kode desa BPS, 10 digits: province 2, kab/kota 2, kecamatan 3, village 3)
 * of Kota Kediri's 46 kelurahan → their Kemendagri codes (province 2, kab/kota 2, kecamatan 2,
 * kelurahan 4 starting with 1). The two schemes number the kelurahan differently: BPS 3571030001
 * is Blabak, Kemendagri 35.71.03.1001 is Bangsal.
 *
 * Source of the BPS codes and names: BPS "Master File Desa" (Pemutakhiran MFD dan MBS,
 * mfdonline.bps.go.id), as retrieved on 16 July 2014 and published in
 * github.com/edwardsamuel/Wilayah-Administratif-Indonesia, `csv/villages.csv`
 * (commit 039be45a6f95f5ef63728475b22f77b61135be79; data under ODbL 1.0). Each pair was made by
 * joining the BPS name to `geodata/kelurahan.geojson` within the same kecamatan (BPS 010/020/030 =
 * Mojoroto/Kota/Pesantren = Kemendagri 01/02/03); every one of the 46 names matched exactly one
 * kelurahan (spaces aside: "SETONO PANDE" = Setonopande). `bps-codes.test.ts` re-checks the join.
 */
export const BPS_TO_KEMENDAGRI: ReadonlyMap<string, string> = new Map([
  ['3571010001', '35.71.01.1004'], // POJOK
  ['3571010002', '35.71.01.1012'], // CAMPUREJO
  ['3571010003', '35.71.01.1014'], // TAMANAN
  ['3571010004', '35.71.01.1003'], // BANJARMLATI
  ['3571010005', '35.71.01.1002'], // BANDAR KIDUL
  ['3571010006', '35.71.01.1013'], // LIRBOYO
  ['3571010007', '35.71.01.1001'], // BANDAR LOR
  ['3571010008', '35.71.01.1011'], // MOJOROTO
  ['3571010009', '35.71.01.1005'], // SUKORAME
  ['3571010010', '35.71.01.1006'], // BUJEL
  ['3571010011', '35.71.01.1010'], // NGAMPEL
  ['3571010012', '35.71.01.1007'], // GAYAM
  ['3571010013', '35.71.01.1008'], // MRICAN
  ['3571010014', '35.71.01.1009'], // DERMO
  ['3571020001', '35.71.02.1015'], // MANISRENGGO
  ['3571020002', '35.71.02.1017'], // REJOMULYO
  ['3571020003', '35.71.02.1014'], // NGRONGGO
  ['3571020004', '35.71.02.1013'], // KALIOMBO
  ['3571020005', '35.71.02.1005'], // KAMPUNG DALEM
  ['3571020006', '35.71.02.1006'], // SETONO PANDE
  ['3571020007', '35.71.02.1007'], // RINGIN ANOM
  ['3571020008', '35.71.02.1008'], // PAKELAN
  ['3571020009', '35.71.02.1009'], // SETONO GEDONG
  ['3571020010', '35.71.02.1010'], // KEMASAN
  ['3571020011', '35.71.02.1011'], // JAGALAN
  ['3571020012', '35.71.02.1012'], // BANJARAN
  ['3571020013', '35.71.02.1004'], // NGADIREJO
  ['3571020014', '35.71.02.1003'], // DANDANGAN
  ['3571020015', '35.71.02.1002'], // BALOWERTI
  ['3571020016', '35.71.02.1016'], // POCANAN
  ['3571020017', '35.71.02.1001'], // SEMAMPIR
  ['3571030001', '35.71.03.1006'], // BLABAK
  ['3571030002', '35.71.03.1009'], // BAWANG
  ['3571030003', '35.71.03.1007'], // BETET
  ['3571030004', '35.71.03.1003'], // TOSAREN
  ['3571030005', '35.71.03.1014'], // BANARAN
  ['3571030006', '35.71.03.1010'], // NGLETIH
  ['3571030007', '35.71.03.1011'], // TEMPUREJO
  ['3571030008', '35.71.03.1012'], // KETAMI
  ['3571030009', '35.71.03.1013'], // PESANTREN
  ['3571030010', '35.71.03.1001'], // BANGSAL
  ['3571030011', '35.71.03.1015'], // BURENGAN
  ['3571030012', '35.71.03.1008'], // TINALAN
  ['3571030013', '35.71.03.1002'], // PAKUNDEN
  ['3571030014', '35.71.03.1005'], // SINGONEGARAN
  ['3571030015', '35.71.03.1004'], // JAMSAREN
]);

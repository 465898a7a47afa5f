// Turns the official worksheet export (data/source/*.csv) into the framework tree that the engine
// loads (src/frameworks/<code>/tree.json). Run once per new regulation; the output is committed and reviewed.
//   node scripts/import-lke-csv.mjs data/source/lke_zi_permenpanrb_90_2021.csv src/frameworks/permenpanrb-90-2021/tree.json
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/import-lke-csv.mjs <source.csv> <tree.json>');
  process.exit(2);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const ANSWER_TYPES = {
  'Ya/Tidak': 'YA_TIDAK',
  'A/B/C': 'ABC',
  'A/B/C/D': 'ABCD',
  'A/B/C/D/E': 'ABCDE',
  '%': 'PERCENT',
  'Nilai (0-4)': 'SURVEY_0_4',
};

const clean = (text) => text.replace(/\s+/g, ' ').trim();
const sheetCode = (code) => code.replace(/\.$/, '').trim();
const isLetter = (code) => /^[a-z]$/.test(code);
const isRoman = (code) => /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(code);

/** Splits "a. … \n b. …" criteria into one text per option; other criteria stay whole. */
function optionCriteria(text, letters) {
  const parts = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([a-e])\.\s*(.*)$/i.exec(line);
    if (match && letters.includes(match[1].toLowerCase())) parts[match[1].toLowerCase()] = clean(match[2]);
  }
  return Object.keys(parts).length === letters.length ? parts : undefined;
}

function question(row, code) {
  const answerType = ANSWER_TYPES[row.pilihan_jawaban];
  if (!answerType) throw new Error(`row ${row.row_id}: unknown answer type "${row.pilihan_jawaban}"`);
  const letters = {
    YA_TIDAK: [],
    ABC: ['a', 'b', 'c'],
    ABCD: ['a', 'b', 'c', 'd'],
    ABCDE: ['a', 'b', 'c', 'd', 'e'],
  }[answerType];
  const node = { kind: 'question', code, sourceRow: Number(row.row_id), text: clean(row.teks), answerType };
  const criteria = row.kriteria_nilai.trim();
  if (criteria) {
    node.criteria = clean(criteria);
    const perOption = letters?.length ? optionCriteria(criteria, letters) : undefined;
    if (perOption) node.optionCriteria = perOption;
  }
  return node;
}

const rows = parseCsv(readFileSync(input, 'utf8'));
const root = {
  kind: 'group',
  level: 'total',
  code: 'ZI',
  title: 'Nilai Evaluasi Zona Integritas',
  weight: 100,
  children: [],
};
let component;
let half;
let area;
let subArea;
let parentSubArea;
let lastQuestion;
let hasilGroup;

for (const row of rows) {
  const code = sheetCode(row.code);
  const weight = row.bobot === '' ? undefined : Number(row.bobot);
  const group = (level, groupCode, parent) => {
    const node = {
      kind: 'group',
      level,
      code: groupCode,
      title: clean(row.teks),
      weight,
      sourceRow: Number(row.row_id),
      children: [],
    };
    parent.children.push(node);
    return node;
  };
  switch (row.kind) {
    case 'komponen':
      component = group('component', code, root);
      break;
    case 'bagian':
      half = group('half', `${component.code}.${code}`, component);
      break;
    case 'area':
      area = group('area', `${half.code}.${code}`, half);
      parentSubArea = undefined;
      break;
    case 'sub_area':
      // Letters nest under the preceding roman sub-area (Reform / Pengawasan / iii. LHKPN).
      if (isLetter(code) && !isRoman(code) && subArea) {
        parentSubArea ??= subArea;
        subArea = group('subArea', `${parentSubArea.code}.${code}`, parentSubArea);
      } else {
        subArea = group('subArea', `${area.code}.${code}`, area);
        parentSubArea = undefined;
      }
      break;
    case 'pertanyaan': {
      const siblings = subArea.children.filter((child) => child.kind === 'question');
      const questionCode = isLetter(code) ? code : String(siblings.length + 1);
      lastQuestion = question(row, `${subArea.code}.${questionCode}`);
      lastQuestion.counts = [];
      subArea.children.push(lastQuestion);
      break;
    }
    case 'input_jumlah':
      lastQuestion.counts.push({
        code: `${lastQuestion.code}.n${lastQuestion.counts.length + 1}`,
        sourceRow: Number(row.row_id),
        text: clean(row.teks.replace(/^-\s*/, '')),
      });
      break;
    case 'subkomponen_hasil':
      hasilGroup = group('half', `${component.code}.${code}`, component);
      break;
    case 'indikator_hasil': {
      const indicatorCode = isLetter(code) ? code : 'a';
      const indicator = group('subArea', `${hasilGroup.code}.${indicatorCode}`, hasilGroup);
      indicator.children.push({ ...question(row, `${indicator.code}.1`), counts: [] });
      break;
    }
    case 'total':
      break;
    default:
      throw new Error(`row ${row.row_id}: unknown kind "${row.kind}"`);
  }
}

function tidy(node) {
  if (node.kind === 'question' && node.counts.length === 0) delete node.counts;
  if (node.kind === 'group') node.children.forEach(tidy);
  return node;
}

writeFileSync(output, `${JSON.stringify(tidy(root), null, 2)}\n`);
console.log(`wrote ${output}`);

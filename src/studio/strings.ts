import { WARNINGS_EN, type WarningWords } from './sheet.js';
import { lookupTags } from '../model/messages.js';
import { studioLocales } from './locales/index.js';
import type { Section } from './sections.js';

/** The studio's own words, in English and Korean: its interface follows the page's `lang`. */
export interface StudioStrings {
  title: string;
  lede: string;
  bring: string;
  pasteHint: string;
  chooseFile: string;
  sheetUrl: string;
  load: string;
  templates: string;
  ourTemplate: string;
  timelinejsTemplate: string;
  draft: string;
  newDraft: string;
  deleteDraft: string;
  rename: string;
  sheet: string;
  row: (n: number) => string;
  cell: (row: number, column: string) => string;
  addRow: string;
  moveUp: (n: number) => string;
  moveDown: (n: number) => string;
  removeRow: (n: number) => string;
  undo: string;
  redo: string;
  /** The sections' buttons, and their group's name. */
  show: string;
  sections: Record<Section, string>;
  addLanguage: string;
  addColumns: string;
  badLanguage: (tag: string) => string;
  pasted: (n: number) => string;
  preview: string;
  options: string;
  locale: string;
  orientation: string;
  vertical: string;
  horizontal: string;
  scale: string;
  even: string;
  time: string;
  theme: string;
  auto: string;
  light: string;
  dark: string;
  keyMoments: string;
  headingLevel: string;
  height: string;
  problems: string;
  noProblems: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  more: (n: number) => string;
  publish: string;
  downloadJson: string;
  downloadCsv: string;
  dropIn: string;
  iframe: string;
  noScript: string;
  copy: string;
  copied: string;
  shareLink: string;
  shareWarning: string;
  imported: (rows: number, origin: string) => string;
  notASheet: string;
  fetchFailed: (url: string, reason: string) => string;
  fallback: string;
  dropped: (fields: string) => string;
  /** The preview's language choice that follows the page's `lang`, as the embed will. */
  pageLanguage: string;
  confirmDelete: (name: string) => string;
  /** Where a paste came from, in "N rows from …". */
  clipboard: string;
  /** Why a sheet's address could not be loaded. */
  offline: string;
  noAnswer: string;
  copyFailed: string;
  warning: WarningWords;
}

const en: StudioStrings = {
  pageLanguage: 'The page’s language',
  confirmDelete: (name) => `Delete the draft “${name}”? This cannot be undone.`,
  clipboard: 'the clipboard',
  offline: 'this browser is offline',
  noAnswer: 'the server did not answer, or does not let other pages read it (CORS)',
  copyFailed: 'Select the text and copy it',
  title: 'Timeline studio',
  lede: 'Paste a sheet, fix what it flags, copy an embed. Nothing leaves this page but the address you type.',
  bring: 'Bring data in',
  pasteHint: 'Paste cells copied from Google Sheets, Excel or Numbers anywhere on this page (header row included).',
  chooseFile: 'Choose a file (CSV, TSV, JSON)',
  sheetUrl: 'Published Google Sheet or CSV address',
  load: 'Load',
  templates: 'Templates',
  ourTemplate: 'Start from our columns',
  timelinejsTemplate: 'Start from TimelineJS3’s columns',
  draft: 'Draft',
  newDraft: 'New draft',
  deleteDraft: 'Delete draft',
  rename: 'Draft name',
  sheet: 'Sheet',
  row: (n) => `Row ${n}`,
  cell: (row, column) => `Row ${row}, ${column}`,
  addRow: 'Add a row',
  moveUp: (n) => `Move row ${n} up`,
  moveDown: (n) => `Move row ${n} down`,
  removeRow: (n) => `Remove row ${n}`,
  undo: 'Undo',
  redo: 'Redo',
  show: 'Show',
  sections: {
    all: 'All rows',
    event: 'Events',
    title: 'Title',
    category: 'Categories',
    lane: 'Lanes',
    era: 'Eras',
    annotation: 'Notes',
  },
  addLanguage: 'Add a language (a tag, e.g. ja)',
  addColumns: 'Add its columns',
  badLanguage: (tag) => `'${tag}' is not a language tag, or its columns are there already`,
  pasted: (n) => `${n} ${n === 1 ? 'cell' : 'cells'} pasted.`,
  preview: 'Preview',
  options: 'Embed options',
  locale: 'Language',
  orientation: 'Layout',
  vertical: 'Vertical',
  horizontal: 'Horizontal',
  scale: 'Time scale',
  even: 'Even',
  time: 'Proportional',
  theme: 'Theme',
  auto: 'Reader’s setting',
  light: 'Light',
  dark: 'Dark',
  keyMoments: 'Key moments only',
  headingLevel: 'Heading level',
  height: 'Height (px, blank for all)',
  problems: 'Problems',
  noProblems: 'No problems: every row is shown.',
  errors: (n) => `${n} ${n === 1 ? 'row left out' : 'rows or cells left out'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'} (the rows are kept)`,
  more: (n) => `…and ${n} more`,
  publish: 'Keep it and publish it',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  dropIn: 'Script and element (put the JSON file beside the page)',
  iframe: 'Self-sizing iframe',
  noScript: 'Without JavaScript: render the HTML with the command line',
  copy: 'Copy',
  copied: 'Copied',
  shareLink: 'Preview link',
  shareWarning: 'The whole timeline is in this link: anyone who has it can read it.',
  imported: (rows, origin) => `${rows} rows from ${origin}.`,
  notASheet:
    'That is not a sheet we know: copy the header row too (Year, Headline… as in TimelineJS3, or start, title…), or give a JSON chronology.',
  fetchFailed: (url, reason) => `${url} could not be loaded: ${reason}.`,
  fallback:
    'Open the sheet, select all its cells, copy and paste them here; or download it as CSV and run npx korea-timeline convert sheet.csv > timeline.json',
  dropped: (fields) => `The grid does not hold ${fields} from that file: edit those in the JSON itself.`,
  warning: WARNINGS_EN,
};

const ko: StudioStrings = {
  pageLanguage: '페이지 언어',
  confirmDelete: (name) => `초안 “${name}”을(를) 삭제할까요? 되돌릴 수 없습니다.`,
  clipboard: '클립보드',
  offline: '브라우저가 오프라인입니다',
  noAnswer: '서버가 응답하지 않거나 다른 페이지의 읽기를 허용하지 않습니다(CORS)',
  copyFailed: '텍스트를 선택해 복사하세요',
  title: '타임라인 스튜디오',
  lede: '시트를 붙여 넣고, 표시된 문제를 고치고, 임베드 코드를 복사하세요. 입력한 주소 말고는 이 페이지 밖으로 나가는 것이 없습니다.',
  bring: '데이터 가져오기',
  pasteHint: '구글 시트, 엑셀, 넘버스에서 복사한 셀(머리글 행 포함)을 이 페이지 아무 곳에나 붙여 넣으세요.',
  chooseFile: '파일 선택(CSV, TSV, JSON)',
  sheetUrl: '게시된 구글 시트 또는 CSV 주소',
  load: '불러오기',
  templates: '템플릿',
  ourTemplate: '기본 열로 시작',
  timelinejsTemplate: 'TimelineJS3 열로 시작',
  draft: '초안',
  newDraft: '새 초안',
  deleteDraft: '초안 삭제',
  rename: '초안 이름',
  sheet: '시트',
  row: (n) => `${n}행`,
  cell: (row, column) => `${row}행, ${column}`,
  addRow: '행 추가',
  moveUp: (n) => `${n}행을 위로`,
  moveDown: (n) => `${n}행을 아래로`,
  removeRow: (n) => `${n}행 삭제`,
  undo: '실행 취소',
  redo: '다시 실행',
  show: '보기',
  sections: {
    all: '모든 행',
    event: '사건',
    title: '제목',
    category: '분류',
    lane: '갈래',
    era: '시대',
    annotation: '주석',
  },
  addLanguage: '언어 추가 (태그, 예: ja)',
  addColumns: '열 추가',
  badLanguage: (tag) => `'${tag}'은(는) 언어 태그가 아니거나 그 열이 이미 있습니다`,
  pasted: (n) => `셀 ${n}개를 붙여 넣었습니다.`,
  preview: '미리 보기',
  options: '임베드 옵션',
  locale: '언어',
  orientation: '배치',
  vertical: '세로',
  horizontal: '가로',
  scale: '시간 축',
  even: '균등',
  time: '비례',
  theme: '테마',
  auto: '독자 설정',
  light: '밝게',
  dark: '어둡게',
  keyMoments: '주요 장면만',
  headingLevel: '제목 수준',
  height: '높이(px, 비우면 전체)',
  problems: '문제',
  noProblems: '문제가 없습니다. 모든 행이 표시됩니다.',
  errors: (n) => `${n}건 제외됨`,
  warnings: (n) => `경고 ${n}건(행은 유지됨)`,
  more: (n) => `…외 ${n}건`,
  publish: '저장하고 게시하기',
  downloadJson: 'JSON 내려받기',
  downloadCsv: 'CSV 내려받기',
  dropIn: '스크립트와 요소(JSON 파일을 페이지 옆에 두세요)',
  iframe: '높이가 맞춰지는 iframe',
  noScript: '자바스크립트 없이: 명령줄로 HTML 만들기',
  copy: '복사',
  copied: '복사됨',
  shareLink: '미리 보기 링크',
  shareWarning: '이 링크에 타임라인 전체가 들어 있습니다. 링크를 가진 사람은 누구나 읽을 수 있습니다.',
  imported: (rows, origin) => `${origin}에서 ${rows}행을 가져왔습니다.`,
  notASheet:
    '알 수 없는 시트입니다. 머리글 행(TimelineJS3의 Year, Headline… 또는 start, title…)까지 복사하거나 JSON 연표를 넣어 주세요.',
  fetchFailed: (url, reason) => `${url}을(를) 불러오지 못했습니다: ${reason}.`,
  fallback:
    '시트를 열어 모든 셀을 선택해 복사한 뒤 여기에 붙여 넣거나, CSV로 내려받아 npx korea-timeline convert sheet.csv > timeline.json 을 실행하세요.',
  dropped: (fields) => `그리드에는 이 파일의 ${fields} 항목이 담기지 않습니다. 해당 항목은 JSON에서 직접 고치세요.`,
  warning: {
    at: (row) => `${row}행`,
    noSource: '출처가 없어 독자가 확인할 수 없습니다',
    noAlt: '대체 텍스트가 없는 사진',
    altIsCaption: '사진의 대체 텍스트가 캡션과 같습니다',
    http: 'http: 사진은 https: 페이지에서 차단됩니다',
    sharingSite: '공유 사이트의 사진은 링크가 끊깁니다. 파일을 직접 올리세요',
    lonelyCategory: (id) => `'${id}' 분류에는 사건이 하나뿐이라 필터로 보기에 적습니다`,
  },
};

/** The studio's words for a language tag: its own, its language's (via the element's lookup), else English. */
export function studioStrings(locale: string): StudioStrings {
  if (/^ko\b/i.test(locale)) return ko;
  for (const tag of lookupTags(locale)) {
    const found = studioLocales[tag];
    if (found) return found;
  }
  return en;
}

/** Whether a language is written right to left. */
export const rightToLeft = (locale: string): boolean => /^(?:ar|fa|he|ur|ps|yi)\b/i.test(locale);

import type { Messages } from '../../model/messages.js';

/** 10000 → "10,000", as Korean groups digits, without waking up ICU for a number. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * Korean. Its dates are written from the built-in tables (../../model/dates.ts), not Intl; the Korea
 * preset registers this pack as it is defined, and any other element fetches it like the others.
 */
export default {
  circa: (date) => `${date}경`,
  rangeJoin: '~',
  bc: (date) => `기원전 ${date}`,
  decade: (year) => `${year}년대`,
  century: (n) => `${n}세기`,
  startOpen: (date) => `${date} 이전`,
  endOpen: (date) => `${date} 이후`,
  sources: '출처',
  sourcesCount: (n, note) => `${note ? '참고·출처' : '출처'} (${n})`,
  inLanguage: (name) => ` (${name})`,
  category: '분류',
  eventsShown: (shown, total) =>
    shown === total ? `사건 ${count(total)}건` : `사건 ${count(total)}건 중 ${count(shown)}건 표시`,
  noEvents: '현재 필터에 맞는 사건이 없습니다.',
  noData: '표시할 사건이 없습니다.',
  loading: '불러오는 중…',
  problems: (n) => `데이터에서 문제 ${n}건이 발견되어 해당 항목은 표시하지 않습니다.`,
  filters: '분류별로 보기',
  all: '전체',
  close: '닫기',
  synopsis: (title, events, span, eras) =>
    `${title}: ${events}, ${span}, 시대 ${eras}개. 화살표 키로 이동, Enter 키로 선택.`,
  zoom: '확대/축소',
  zoomIn: '확대',
  zoomOut: '축소',
  details: '선택한 사건',
  pick: '타임라인에서 사건을 고르면 여기에서 자세히 읽을 수 있습니다.',
  gap: (from, to) => `${from}부터 ${to}까지는 사건이 없어 간격을 줄였습니다.`,
  notToScale: '실제 간격 아님',
  story: '사건 차례로 보기',
  keyMoments: '주요 장면만',
  previous: '이전 사건',
  next: '다음 사건',
  duration: (n, unit) => `${n}${{ day: '일', month: '개월', year: '년' }[unit]}`,
  elapsed: (from, to, years) => `${from}부터 ${to}까지 ${years}`,
  moment: (n, total) => (n ? `${total}개 중 ${n}번째` : `주요 장면 ${total}개`),
  start: (total) => `주요 장면 ${total}개로 시작하기`,
  search: '검색',
  matches: (n) => `일치하는 사건 ${count(n)}건`,
  share: '링크 복사',
  copied: '링크를 복사했습니다',
  corrections: '정정 내역',
  updated: (date) => `최종 수정 ${date}`,
  follow: '기사 따라가기',
  play: '재생',
  playing: '재생 중',
  paused: '일시 정지됨',
  lanes: '구분',
  byTime: '시간순',
  byLane: '구분별',
  collapseAll: '모두 접기',
  expandAll: '모두 펼치기',
  alsoIn: (lanes) => `${lanes}에도 해당`,
  otherLane: '기타 사건',
  annotation: '참고',
  offset: (years) => `${years}년`,
} satisfies Messages;

import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';

const L = 'ja';

/** Japanese. */
export default {
  circa: (date) => `${date}頃`,
  rangeJoin: '～',
  bc: (date) => `紀元前${date}`,
  decade: (year) => `${year}年代`,
  century: (_, digits) => `${digits}世紀`,
  startOpen: (date) => `${date}以前`,
  endOpen: (date) => `${date}以降`,
  sources: '出典',
  sourcesCount: (count, note) => `${note ? '注記と出典' : '出典'}（${count}）`,
  inLanguage: (name) => `（${name}）`,
  category: '分類',
  eventsShown: (shown, total) =>
    shown === total
      ? `${total.toLocaleString(L)}件の出来事`
      : `${total.toLocaleString(L)}件中${shown.toLocaleString(L)}件を表示`,
  noEvents: '現在の絞り込みに一致する出来事はありません。',
  noData: '表示する出来事はありません。',
  loading: '読み込み中…',
  problems: (count) => `データに${count.toLocaleString(L)}件の問題があります。該当する項目は表示されません。`,
  filters: '分類で絞り込む',
  all: 'すべて',
  close: '閉じる',
  synopsis: (title, events, span, eras) =>
    `${title}：${events}、${span}、時代${eras.toLocaleString(L)}件。矢印キーで移動、Enterキーで選択。`,
  zoom: 'ズーム',
  zoomIn: '拡大',
  zoomOut: '縮小',
  details: '選択した出来事',
  gap: (from, to) => `${from}から${to}までは出来事がないため、間隔を縮めています。`,
  notToScale: '縮尺外',
  story: '出来事を順に見る',
  keyMoments: '重要な場面',
  previous: '前の出来事',
  next: '次の出来事',
  duration: duration(L),
  elapsed: (from, to, years) => `${from}から${to}まで：${years}`,
  moment: (n, total) => (n ? `${total}件中${n}件目` : `重要な場面${total}件`),
  search: '検索',
  matches: (n) => `一致する出来事 ${n.toLocaleString(L)}件`,
  share: 'リンクをコピー',
  copied: 'リンクをコピーしました',
  corrections: '訂正',
  updated: (date) => `最終更新 ${date}`,
  follow: '記事に合わせて表示',
  play: '再生',
  playing: '再生中',
  paused: '一時停止中',
  lanes: 'レーン',
  byTime: '時系列',
  byLane: 'レーン別',
  collapseAll: 'すべて折りたたむ',
  expandAll: 'すべて展開',
  alsoIn: (lanes) => `${lanes}にも関連`,
  otherLane: 'その他の出来事',
  annotation: '注記',
  offset: (years) => `${years}年`,
} satisfies Messages;

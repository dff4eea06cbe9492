import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';

const L = 'zh-Hant';

/** Chinese in traditional characters. */
export default {
  circa: (date) => `約${date}`,
  rangeJoin: '—',
  bc: (date) => `公元前${date}`,
  decade: (year) => `${year}年代`,
  century: (_, digits) => `${digits}世紀`,
  startOpen: (date) => `${date}之前`,
  endOpen: (date) => `${date}之後`,
  sources: '資料來源',
  sourcesCount: (count, note) => `${note ? '註釋與資料來源' : '資料來源'}（${count}）`,
  inLanguage: (name) => `（${name}）`,
  category: '類別',
  eventsShown: (shown, total) =>
    shown === total
      ? `共${total.toLocaleString(L)}個事件`
      : `顯示${total.toLocaleString(L)}個事件中的${shown.toLocaleString(L)}個`,
  noEvents: '沒有符合目前篩選條件的事件。',
  noData: '沒有可顯示的事件。',
  loading: '載入中…',
  problems: (count) => `資料中有${count.toLocaleString(L)}個問題：相關項目未顯示。`,
  filters: '依類別篩選',
  all: '全部',
  close: '關閉',
  synopsis: (title, events, span, eras) =>
    `${title}：${events}，${span}，${eras.toLocaleString(L)}個時期。用方向鍵移動，按 Enter 鍵選擇。`,
  zoom: '縮放',
  zoomIn: '放大',
  zoomOut: '縮小',
  details: '所選事件',
  gap: (from, to) => `${from}至${to}之間沒有事件，此段已縮短。`,
  notToScale: '未按比例',
  story: '依序瀏覽事件',
  keyMoments: '關鍵時刻',
  previous: '上一個事件',
  next: '下一個事件',
  duration: duration(L),
  elapsed: (from, to, years) => `從${from}到${to}：${years}`,
  moment: (n, total) => (n ? `第 ${n} 個，共 ${total} 個` : `${total} 個關鍵時刻`),
  search: '搜尋',
  matches: (n) => `${n.toLocaleString(L)}個事件符合`,
  share: '複製連結',
  copied: '連結已複製',
  corrections: '更正',
  updated: (date) => `更新於${date}`,
  follow: '跟隨文章',
  play: '播放',
  playing: '正在播放',
  paused: '已暫停',
  lanes: '泳道',
  byTime: '依時間',
  byLane: '依泳道',
  collapseAll: '全部收合',
  expandAll: '全部展開',
  alsoIn: (lanes) => `亦屬${lanes}`,
  otherLane: '其他事件',
  annotation: '註釋',
  offset: (years) => `${years}年`,
} satisfies Messages;

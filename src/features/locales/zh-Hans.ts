import type { Messages } from '../../model/messages.js';
import { duration } from './units.js';

const L = 'zh-Hans';

/** Chinese in simplified characters. */
export default {
  circa: (date) => `约${date}`,
  rangeJoin: '—',
  bc: (date) => `公元前${date}`,
  decade: (year) => `${year}年代`,
  century: (_, digits) => `${digits}世纪`,
  startOpen: (date) => `${date}之前`,
  endOpen: (date) => `${date}之后`,
  sources: '资料来源',
  sourcesCount: (count, note) => `${note ? '注释和资料来源' : '资料来源'}（${count}）`,
  inLanguage: (name) => `（${name}）`,
  category: '类别',
  eventsShown: (shown, total) =>
    shown === total
      ? `共${total.toLocaleString(L)}个事件`
      : `显示${total.toLocaleString(L)}个事件中的${shown.toLocaleString(L)}个`,
  noEvents: '没有符合当前筛选条件的事件。',
  noData: '没有可显示的事件。',
  loading: '加载中…',
  problems: (count) => `数据中有${count.toLocaleString(L)}个问题：相关条目未显示。`,
  filters: '按类别筛选',
  all: '全部',
  close: '关闭',
  synopsis: (title, events, span, eras) =>
    `${title}：${events}，${span}，${eras.toLocaleString(L)}个时期。用方向键移动，按 Enter 键选择。`,
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  details: '所选事件',
  gap: (from, to) => `${from}至${to}之间没有事件，此段已缩短。`,
  notToScale: '未按比例',
  story: '依次浏览事件',
  keyMoments: '关键时刻',
  previous: '上一个事件',
  next: '下一个事件',
  duration: duration(L),
  elapsed: (from, to, years) => `从${from}到${to}：${years}`,
  moment: (n, total) => (n ? `第 ${n} 个，共 ${total} 个` : `${total} 个关键时刻`),
  search: '搜索',
  matches: (n) => `${n.toLocaleString(L)}个事件符合`,
  share: '复制链接',
  copied: '链接已复制',
  corrections: '更正',
  updated: (date) => `更新于${date}`,
  follow: '跟随文章',
  play: '播放',
  playing: '正在播放',
  paused: '已暂停',
  lanes: '泳道',
  byTime: '按时间',
  byLane: '按泳道',
  collapseAll: '全部折叠',
  expandAll: '全部展开',
  alsoIn: (lanes) => `亦属${lanes}`,
  otherLane: '其他事件',
  annotation: '注释',
  offset: (years) => `${years}年`,
} satisfies Messages;

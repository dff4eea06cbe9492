import type { Messages } from '../../model/messages.js';
import { duration, intlTag } from './units.js';

const L = intlTag('ar');
const n = (value: number) => value.toLocaleString(L);

/** Arabic. Digits as current CLDR writes the language by default (see intlTag). */
export default {
  circa: (date) => `نحو ${date}`,
  rangeJoin: ' – ',
  bc: (date) => `${date} ق.م`,
  decade: (year) => `عقد ${year}`,
  century: (_, digits) => `القرن ${digits}`,
  startOpen: (date) => `قبل ${date}`,
  endOpen: (date) => `${date} أو بعده`,
  sources: 'المصادر',
  sourcesCount: (count, note) => `${note ? 'ملاحظة ومصادر' : 'المصادر'} (${n(count)})`,
  inLanguage: (name) => ` (باللغة ${name})`,
  category: 'الفئة',
  eventsShown: (shown, total) => (shown === total ? `${n(total)} حدث` : `عرض ${n(shown)} من ${n(total)} حدث`),
  noEvents: 'لا توجد أحداث تطابق عوامل التصفية الحالية.',
  noData: 'لا توجد أحداث لعرضها.',
  loading: 'جارٍ التحميل…',
  problems: (count) => `توجد ${n(count)} مشكلة في البيانات: العناصر المتأثرة غير معروضة.`,
  filters: 'التصفية حسب الفئة',
  all: 'الكل',
  close: 'إغلاق',
  synopsis: (title, events, span, eras) =>
    `${title}: ${events}، ${span}، ${n(eras)} حقبة. تنقّل بين الأحداث بمفاتيح الأسهم، واختر بمفتاح Enter.`,
  zoom: 'التكبير',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  details: 'الحدث المحدد',
  gap: (from, to) => `لا توجد أحداث من ${from} إلى ${to}؛ هذه الفترة مختصرة.`,
  notToScale: 'ليس وفق المقياس',
  story: 'تصفح الأحداث',
  keyMoments: 'اللحظات الرئيسية',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  duration: duration(L),
  elapsed: (from, to, years) => `من ${from} إلى ${to}: ${years}`,
  moment: (n, total) => (n ? `${n} من ${total}` : `اللحظات الرئيسية: ${total}`),
  search: 'بحث',
  matches: (n_) => `${n(n_)} حدث مطابق`,
  share: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  corrections: 'التصحيحات',
  updated: (date) => `آخر تحديث ${date}`,
  follow: 'متابعة المقال',
  play: 'تشغيل',
  playing: 'قيد التشغيل',
  paused: 'متوقف مؤقتًا',
} satisfies Messages;

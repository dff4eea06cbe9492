// Demo switches: ?lang=ko shows the Korean page, ?theme=light|dark forces a theme.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'ko' ? 'ko' : 'en';
const theme = ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto';

document.documentElement.lang = lang;
if (theme !== 'auto') document.documentElement.dataset.theme = theme;
for (const el of document.querySelectorAll('korea-timeline, event-timeline')) {
  el.setAttribute('theme', theme);
  for (const name of ['orientation', 'scale', 'lanes', 'lane-view', 'collapsed'])
    if (params.has(name)) el.setAttribute(name, params.get(name));
}
for (const el of document.querySelectorAll('[data-i18n]')) el.hidden = el.dataset.i18n !== lang;

// Each switch keeps the other settings and marks the one in force.
for (const link of document.querySelectorAll('.switches a[href^="?"]')) {
  const url = new URL(link.href);
  const [[key, value]] = url.searchParams;
  const fallback = { lang: 'en', theme: 'auto', orientation: 'vertical', scale: 'even' }[key];
  link.setAttribute('aria-current', String((params.get(key) ?? fallback) === value));
  const merged = new URLSearchParams(params);
  merged.set(key, value);
  link.href = `?${merged}`;
}

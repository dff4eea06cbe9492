// Builds one figure per theme and mode, each a <korea-timeline> limited to the APEC week.
const themes = [
  ['default', 'No stylesheet'],
  ['newspaper', 'themes/newspaper.css'],
  ['high-contrast', 'themes/high-contrast.css'],
  ['dancheong', 'themes/dancheong.css'],
];
const lang = new URLSearchParams(location.search).get('lang') === 'ko' ? 'ko' : 'en';
const gallery = document.querySelector('#gallery');
for (const [name, file] of themes) {
  for (const mode of ['light', 'dark']) {
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    const code = document.createElement('code');
    code.textContent = ` ${file}, theme="${mode}"`;
    caption.append(`${name} · ${mode}`, code);
    const timeline = document.createElement('korea-timeline');
    if (name !== 'default') timeline.className = `kt-${name}`;
    timeline.setAttribute('theme', mode);
    timeline.setAttribute('locale', lang);
    timeline.setAttribute('from', '2025-10-29');
    timeline.setAttribute('to', '2025-11-01');
    figure.append(caption, timeline);
    gallery.append(figure);
  }
}

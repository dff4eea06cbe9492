// A chronology of the page's own, in the same typed format as events/korea.ts.
const nasa = (title, url) => ({ title, url, publisher: 'NASA', accessed: '2026-11-28' });
/** The pictures are simple drawings made for this demo (demo/media/), not photographs. */
const drawing = { en: 'Drawing made for this demo', ko: '이 데모를 위해 그린 그림' };

document.querySelector('#apollo').chronology = {
  title: { en: 'The Apollo programme', ko: '아폴로 계획' },
  updated: '2026-11-28',
  categories: [
    { id: 'crewed', label: { en: 'Crewed flight', ko: '유인 비행' } },
    { id: 'landing', label: { en: 'Moon landing', ko: '달 착륙' } },
    { id: 'setback', label: { en: 'Setback', ko: '사고' } },
  ],
  events: [
    {
      id: 'apollo-1',
      start: '1967-01-27',
      title: { en: 'Apollo 1 fire', ko: '아폴로 1호 화재' },
      summary: {
        en: 'A cabin fire during a launch rehearsal kills the three astronauts of the first crewed Apollo mission.',
        ko: '발사 예행연습 중 사령선 내부에서 불이 나 첫 유인 아폴로 임무의 우주비행사 3명이 숨진다.',
      },
      category: 'setback',
      sources: [nasa('Apollo 1', 'https://www.nasa.gov/mission/apollo-1/')],
    },
    {
      id: 'apollo-8',
      start: '1968-12-21',
      end: '1968-12-27',
      title: { en: 'Apollo 8 orbits the Moon', ko: '아폴로 8호, 달 궤도 비행' },
      summary: {
        en: 'The first crew to leave Earth orbit circles the Moon ten times and returns.',
        ko: '처음으로 지구 궤도를 벗어난 승무원들이 달을 열 바퀴 돌고 귀환한다.',
      },
      category: 'crewed',
      media: [
        {
          src: './media/earthrise.svg',
          alt: {
            en: 'The Earth, half lit, rising above the grey horizon of the Moon against a black sky.',
            ko: '검은 하늘을 배경으로 반쯤 빛나는 지구가 잿빛 달의 지평선 위로 떠오른다.',
          },
          caption: { en: 'Earthrise, as the crew saw it from lunar orbit.', ko: '승무원들이 달 궤도에서 본 지구돋이.' },
          credit: drawing,
          width: 640,
          height: 400,
        },
      ],
      sources: [nasa('Apollo 8', 'https://www.nasa.gov/mission/apollo-8/')],
    },
    {
      id: 'apollo-11',
      start: '1969-07-16',
      end: '1969-07-24',
      title: { en: 'Apollo 11: the first Moon landing', ko: '아폴로 11호, 인류 첫 달 착륙' },
      summary: {
        en: 'Neil Armstrong and Buzz Aldrin land in the Sea of Tranquility on 20 July while Michael Collins orbits above.',
        ko: '7월 20일 닐 암스트롱과 버즈 올드린이 고요의 바다에 내리고, 마이클 콜린스는 궤도에서 기다린다.',
      },
      category: 'landing',
      media: [
        {
          src: './media/eagle.svg',
          alt: {
            en: 'The lunar module standing on its four legs on the Moon, a flag planted beside it.',
            ko: '네 다리로 달 표면에 선 달착륙선과 그 옆에 꽂힌 깃발.',
          },
          caption: { en: 'The lunar module Eagle in the Sea of Tranquility.', ko: '고요의 바다에 내린 달착륙선 이글.' },
          credit: drawing,
          width: 640,
          height: 400,
        },
      ],
      sources: [nasa('Apollo 11', 'https://www.nasa.gov/mission/apollo-11/')],
    },
    {
      id: 'apollo-13',
      start: '1970-04-11',
      end: '1970-04-17',
      title: { en: 'Apollo 13 returns safely', ko: '아폴로 13호 무사 귀환' },
      summary: {
        en: 'An oxygen tank explosion cancels the landing; the crew loops around the Moon and comes home.',
        ko: '산소 탱크 폭발로 착륙이 취소되지만, 승무원들은 달을 돌아 무사히 지구로 돌아온다.',
      },
      category: 'setback',
      updated: '2026-11-28',
      corrections: [
        {
          date: '2026-11-28',
          text: {
            en: 'An earlier version of this entry ended on 16 April. The crew splashed down on 17 April 1970.',
            ko: '이 항목의 이전 판은 4월 16일에 끝난다고 했다. 승무원들은 1970년 4월 17일에 귀환했다.',
          },
        },
      ],
      sources: [nasa('Apollo 13', 'https://www.nasa.gov/mission/apollo-13/')],
    },
    {
      id: 'apollo-17',
      start: '1972-12-07',
      end: '1972-12-19',
      title: { en: 'Apollo 17, the last landing', ko: '아폴로 17호, 마지막 달 착륙' },
      summary: {
        en: 'The last crewed Moon landing to date spends three days in the Taurus–Littrow valley.',
        ko: '지금까지 마지막 유인 달 착륙으로, 타우루스-리트로 계곡에서 사흘을 보낸다.',
      },
      category: 'landing',
      media: [
        {
          src: './media/valley.svg',
          alt: {
            en: 'A lunar rover parked on the floor of a valley between grey mountains.',
            ko: '잿빛 산들 사이 계곡 바닥에 세워 둔 월면차.',
          },
          caption: { en: 'The lunar rover in the Taurus–Littrow valley.', ko: '타우루스-리트로 계곡의 월면차.' },
          credit: drawing,
          width: 640,
          height: 400,
        },
      ],
      sources: [nasa('Apollo 17', 'https://www.nasa.gov/mission/apollo-17/')],
    },
  ],
};

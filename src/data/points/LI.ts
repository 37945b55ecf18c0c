import type { PointInput } from '../schema.ts';

/** Large intestine channel of hand yangming, LI1–LI20. */
export const largeIntestinePoints: PointInput[] = [
  {
    code: 'LI4',
    meridian: 'LI',
    number: 4,
    names: { pinyin: 'Hégǔ', hanzi: '合谷', english: 'Union Valley', alsoKnownAs: ['Joining Valley', 'Tiger Mouth'] },
    laterality: 'bilateral',
    region: 'hand',
    area: 'Hand — dorsum, between thumb and index',
    location: 'On the back of the hand, beside the radial edge of the second metacarpal bone at its midpoint.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger along the thumb side of the second metacarpal; the point is at the middle of the bone, where pressure is most tender. A quick check: press the thumb against the index finger and the point sits at the top of the muscle bulge that forms.',
    placement: {
      base: { at: 'metacarpal_2_radial_mid' },
      measure: 'forearm_dorsal_12',
      snap: 'nearest',
    },
    needling: {
      allowed: true,
      depthCun: { min: 0.5, max: 1 },
      angle: 'perpendicular',
      angleDegrees: 90,
      depthCategory: 'medium',
      directions:
        'Straight in, 0.5–1 cun, toward the palm side of the first web. Withdraw gently; the hand bleeds and bruises easily here.',
    },
    sensation: 'A strong spreading ache or distension in the hand, sometimes running up toward the index finger or the elbow.',
    safety: [
      {
        kind: 'pregnancy',
        reason: 'Traditionally forbidden in pregnancy: with SP6 it is used to promote labour.',
      },
    ],
    cautions:
      'Do not needle during pregnancy. In weak, elderly or exhausted patients use a gentle stimulus; a strong one can cause fainting.',
    actions: [
      'Releases the exterior and expels wind',
      'Stops pain',
      'Opens the channel and calms spasm',
      'Benefits the face, eyes, nose, mouth and ears',
      'Harmonises the ascending and descending of qi',
      'Promotes labour',
    ],
    indications: [
      'Headache, toothache, sore throat',
      'Common cold with fever and chills',
      'Facial paralysis, blocked nose',
      'Pain anywhere in the body',
      'Delayed or difficult labour',
    ],
    commentary:
      'Probably the most used point in acupuncture. The large intestine channel climbs to the face, so this point is the first choice for any disorder of the face and its openings: tooth and jaw pain, a blocked nose, a sore throat, facial palsy.\n\nIt also releases the exterior when wind-cold or wind-heat has just struck, and, paired with LR3 as the "four gates", it moves qi and blood through the whole body for pain and tension.\n\nIts strong downward and moving effect on the uterus is why it is avoided in pregnancy, and used, with SP6, to help labour along at term.',
    classicalSources: [
      { work: 'Ling Shu (Spiritual Pivot), chapter 2', note: 'Gives it as the source point of the hand yangming channel.' },
      { work: 'Ma Danyang, Song of the Twelve Heavenly Star Points (Song–Yuan era)', note: 'Includes it among the heavenly star points.' },
    ],
    therapies: {
      moxibustion: { rating: 'suitable', note: '3–5 cones or 10 minutes with a stick.' },
      cupping: { rating: 'not_advised', note: 'The area is too small and bony for a cup.' },
      bloodletting: { rating: 'not_advised' },
      guaSha: { rating: 'suitable', note: 'Gentle strokes over the web for headache.' },
    },
    classifications: [
      { kind: 'source', detail: 'Yuan-source point of the large intestine channel' },
      { kind: 'command', detail: 'Command point of the face and mouth' },
      { kind: 'heavenly_star' },
    ],
  },
];

import type { PointInput } from '../schema.ts';

/** Kidney channel of foot shaoyin, KI1–KI27. */
export const kidneyPoints: PointInput[] = [
  {
    code: 'KI1',
    meridian: 'KI',
    number: 1,
    names: { pinyin: 'Yǒngquán', hanzi: '涌泉', english: 'Gushing Spring', alsoKnownAs: ['Bubbling Spring'] },
    laterality: 'bilateral',
    region: 'foot',
    area: 'Foot — sole',
    location:
      'On the sole, in the deepest hollow that appears when the toes are curled, roughly one third of the way from the base of the second and third toes back to the heel.',
    convention: 'WHO 2008; the one-third line runs from the web of the 2nd/3rd toes to the back of the heel.',
    howToLocate:
      'Have the patient curl the toes. Find the hollow that forms just behind the ball of the foot, between the second and third metatarsal heads; it sits on the midline of the sole, about a third of the way from the toe webs to the heel. It is usually tender.',
    placement: {
      base: { from: 'sole_toe_base_2_3', toward: 'heel', fraction: 1 / 3 },
      measure: 'foot_3',
      snap: 'inferior',
    },
    needling: {
      allowed: true,
      depthCun: { min: 0.3, max: 0.5 },
      angle: 'perpendicular',
      angleDegrees: 90,
      depthCategory: 'shallow',
      directions:
        'Insert straight into the sole, 0.3–0.5 cun (some texts allow up to 0.8 cun). Keep it shallow: the plantar arterial arch lies deeper.',
    },
    sensation:
      'A sharp, immediate ache or an electric feeling spreading through the sole; often followed by warmth or tingling over the whole foot.',
    safety: [
      { kind: 'vessel', reason: 'The deep plantar arterial arch lies beneath; stay shallow.' },
      { kind: 'painful', reason: 'The sole is densely innervated, so needling here hurts more than at most points.' },
    ],
    cautions:
      'Because it hurts, reserve needling for emergencies and severe conditions; acupressure or moxibustion serve for routine care. Strong stimulation can further weaken a patient who is already markedly deficient.',
    actions: [
      'Descends excess from the head',
      'Nourishes yin and clears heat from deficiency',
      'Calms the mind (shen)',
      'Restores consciousness',
      'Subdues interior wind',
      'Regulates qi of the lower burner',
    ],
    indications: [
      'Fainting, collapse, loss of consciousness',
      'Headache or dizziness at the vertex',
      'Insomnia, anxiety, restlessness',
      'Dry throat, night sweats from yin deficiency',
      'Difficult urination or defecation',
      'Hot soles',
    ],
    commentary:
      'The first point of the kidney channel and the lowest point on the body, it is the classic place to pull things downward: rising yang, wind or heat that disturbs the head and the mind. That is why it appears in emergency protocols for fainting and loss of consciousness, where it is pressed or needled strongly.\n\nAs the well point, it is where the kidney channel picks up the qi handed on by the bladder channel from BL67 at the little toe; the same hand-over happens at the first or last point of every channel that begins or ends on a finger or toe.\n\nIn daily practice it is rarely needled because of the pain. Self-massage of the sole and moxibustion are the usual ways to use it, for example for insomnia and for cold feet with heat above.',
    classicalSources: [
      { work: 'Ling Shu (Spiritual Pivot), chapter 2', note: 'Names this point as the well point where the kidney channel begins.' },
      { work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)', note: 'Lists it among the nine points for returning the yang in collapse.' },
    ],
    therapies: {
      moxibustion: { rating: 'recommended', note: '5–10 minutes with a moxa stick; also used for heat above and cold below.' },
      cupping: { rating: 'contraindicated', note: 'The sole gives no seal and the skin is thick.' },
      bloodletting: { rating: 'not_advised' },
      guaSha: { rating: 'contraindicated' },
    },
    fivePhase: 'wood',
    transporting: 'well',
    motherChild: 'child',
    classifications: [
      { kind: 'entry', detail: 'Receives the bladder channel from BL67' },
      { kind: 'revive_yang', detail: 'One of the nine needles for returning the yang' },
    ],
  },
];

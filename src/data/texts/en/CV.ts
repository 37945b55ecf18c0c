import type { PointTextsByCode } from '../../textsSchema.ts';

/** Conception Vessel, CV1–CV24: the English texts, in our own words. */
export const conceptionVesselTexts: PointTextsByCode = {
  CV1: {
    area: 'Perineum',
    location:
      'In the perineum, halfway between the anus and the back of the scrotum in men, or between the anus and the posterior junction of the labia majora in women.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying on the side with knees drawn up, or on the back with the legs apart, find the midpoint between the anal margin and the back of the external genitals. The point is in the soft centre of the perineum.',
    needling: {
      directions: 'Insert straight in, 0.5–1 cun. Rarely needled outside emergencies and specialist treatment; moxa and pressure are more common.',
    },
    sensation: 'A heavy distension spreading through the perineum and toward the genitals or anus.',
    safety: {
      pregnancy: 'Pelvic-floor point; traditionally avoided in pregnancy.',
      classical_no_needling: 'On the classical list of points not to be needled.',
    },
    cautions:
      'An intimate point: explain, obtain clear consent and keep the patient draped; a chaperone is advisable. Clean the skin carefully. Not in pregnancy.',
    actions: ['Regulates the genitals and anus (the front and rear yin)', 'Drains damp-heat from the lower burner', 'Restores consciousness', 'Calms the mind'],
    indications: [
      'Itching, pain or swelling of the genitals or perineum',
      'Difficult urination, seminal emission, irregular menstruation',
      'Haemorrhoids, prolapse of the rectum',
      'Drowning, loss of consciousness',
      'Mania',
    ],
    commentary:
      'The conception vessel starts here, in the lowest point of the trunk, where it meets the governor and penetrating vessels: all three are said to arise in the lower abdomen and surface together at the perineum.\n\nIt treats both openings beside it, the genitals and the anus. Its traditional role in reviving the drowned is the reason it still features in some first-aid teaching, where it is pressed firmly.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, 7th century)',
        note: 'Includes it among the thirteen ghost points for mania.',
      },
    ],
    therapyNotes: { moxibustion: 'A moxa stick held nearby; direct cones are impractical. Not in pregnancy.' },
    classificationNotes: {
      meeting: 'Conception vessel with the governor and penetrating vessels',
      ghost: "One of Sun Simiao's thirteen ghost points",
    },
  },
  CV2: {
    area: 'Lower abdomen — midline, above the pubic bone',
    location: 'On the lower abdomen, on the midline, just above the upper border of the pubic symphysis.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger down the midline from the navel until it meets the top of the pubic bone; the point is in the slight hollow on its upper border, 5 cun below the navel.',
    needling: {
      directions: 'After the bladder has been emptied, insert straight in 0.5–1 cun (some texts 1–1.5 cun).',
    },
    sensation: 'A distension spreading into the genitals and perineum.',
    safety: {
      pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.',
      organ: 'A full bladder rises behind this point; have the patient empty it before needling.',
    },
    cautions: 'Always have the patient pass urine first. Not in pregnancy.',
    actions: ['Benefits urination', 'Regulates the lower burner', 'Warms and strengthens the kidneys'],
    indications: [
      'Dribbling or retention of urine, bedwetting',
      'Seminal emission, impotence',
      'Vaginal discharge, painful menstruation',
      'Fullness and pain of the lower abdomen',
    ],
    commentary:
      'Set on the upper border of the pubic bone, this is the lowest abdominal point of the conception vessel and acts directly on the bladder and genitals beneath it. It meets the liver channel, whose path circles the genitals, so it serves for dribbling or retained urination, bedwetting, impotence and discharge, particularly when they come with weakness and cold.\n\nAmong its neighbours, CV3 is the stronger point for the bladder and CV4 for tonifying; this point is added when the complaint is felt low, at the pubic bone or in the genitals themselves. The bladder lies right behind it, so it is needled only after the patient has passed urine, and warmed with moxa when cold predominates.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Qugu with its place on the pubic bone and its needling and moxibustion, and names it a meeting point of the conception vessel and the liver channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold in the lower burner and frequent urination; not in pregnancy.',
      cupping: 'Small cup only; not in pregnancy.',
    },
    classificationNotes: { meeting: 'Conception vessel with the liver channel' },
  },
  CV3: {
    area: 'Lower abdomen — midline, 4 cun below the navel',
    location: 'On the lower abdomen, on the midline, 4 cun below the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate:
      'Divide the distance from the navel to the top of the pubic bone into five equal parts; the point is four parts down, one cun above the pubic bone.',
    needling: {
      directions:
        'After the bladder has been emptied, insert straight in 1–1.5 cun (0.5–1 cun in slim patients). An oblique downward insertion sends the sensation toward the genitals.',
    },
    sensation: 'A distension spreading into the genitals, perineum or urethra.',
    safety: {
      pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.',
      organ: 'A full bladder rises behind this point; have the patient empty it before needling.',
    },
    cautions: 'Always have the patient pass urine first; in retention of urine, needle obliquely and shallowly. Not in pregnancy.',
    actions: ['Benefits the bladder and drains damp-heat', 'Regulates the uterus and menstruation', 'Strengthens the kidneys', 'Regulates the lower burner'],
    indications: [
      'Painful, burning, frequent or retained urination, bedwetting',
      'Irregular or painful menstruation, vaginal discharge, infertility',
      'Seminal emission, impotence',
      'Lower abdominal pain',
    ],
    commentary:
      'As the front-mu point of the bladder, this is the main local point for urinary disorders of every kind, especially damp-heat with burning and urgency.\n\nIt also meets the spleen, liver and kidney channels, which makes it a key point for the uterus and for menstrual and fertility problems.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Names Zhongji the front-mu point of the bladder and gives its place and its needling and moxibustion.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold-type frequency or enuresis, not for damp-heat; not in pregnancy.',
      cupping: 'Not in pregnancy.',
      guaSha: 'Light strokes only over the lower abdomen.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the bladder',
      meeting: 'Conception vessel with the spleen, liver and kidney channels',
    },
  },
  CV4: {
    area: 'Lower abdomen — midline, 3 cun below the navel',
    location: 'On the lower abdomen, on the midline, 3 cun below the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate:
      "Measure three fifths of the way from the navel to the top of the pubic bone. A quick check is the patient's four fingers laid side by side below the navel (3 cun).",
    needling: {
      directions:
        'After the bladder has been emptied, insert straight in 1–1.5 cun (0.5–1 cun in slim patients). It is at least as often warmed with moxa as needled.',
    },
    sensation: 'A deep distension in the lower abdomen spreading toward the genitals; with moxa, a warmth that sinks inward.',
    safety: {
      pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.',
      organ: 'A full bladder rises behind this point; have the patient empty it before needling.',
    },
    cautions: 'Have the patient pass urine first. Not in pregnancy. Use moxa with care where there is heat.',
    actions: [
      'Tonifies the original qi and the kidneys',
      'Warms and strengthens yang and rescues collapse',
      'Nourishes blood and yin',
      'Regulates the uterus and menstruation',
      'Benefits the small intestine and the bladder',
    ],
    indications: [
      'Exhaustion, weakness, collapse with cold limbs',
      'Frequent urination, bedwetting, retention of urine',
      'Impotence, seminal emission, infertility',
      'Irregular menstruation, absent periods, vaginal discharge',
      'Chronic diarrhoea, lower abdominal pain',
    ],
    commentary:
      'The "gate of origin" is where the original qi is stored, in the cinnabar field below the navel. Together with CV6 it is the great tonifying point of the front of the body, and one of the most important points in all of acupuncture for constitutional weakness.\n\nMoxibustion here has a long reputation for preserving health and prolonging life; Song-dynasty authors advised large numbers of cones on it even in people who were not ill. In collapse with cold limbs and a faint pulse it is warmed to bring back the yang.\n\nAs the front-mu point of the small intestine and a meeting point of the spleen, liver and kidney channels, it also treats urinary problems, diarrhoea and every kind of gynaecological disorder based on deficiency.',
    classicalSources: [
      {
        work: "Bian Que Xin Shu (Bian Que's Heart Book, Song dynasty)",
        note: 'Recommends regular, heavy moxibustion at Guanyuan to guard health and lengthen life.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Cones on ginger or salt, a box or a stick; the classic point for tonifying moxa. Not in pregnancy.',
      cupping: 'Not in pregnancy.',
      guaSha: 'Light strokes only.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the small intestine',
      meeting: 'Conception vessel with the spleen, liver and kidney channels',
    },
  },
  CV5: {
    area: 'Lower abdomen — midline, 2 cun below the navel',
    location: 'On the lower abdomen, on the midline, 2 cun below the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Measure two fifths of the way from the navel to the top of the pubic bone.',
    needling: { directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients).' },
    sensation: 'A distension in the lower abdomen, sometimes spreading downward.',
    safety: { pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.' },
    cautions:
      'Not in pregnancy. Classical texts warned that treating it in women could cause infertility; many practitioners still avoid it in women who hope to conceive.',
    actions: ['Regulates the water passages and promotes urination', 'Moves qi in the lower burner and stops pain', 'Stops diarrhoea', 'Regulates the uterus'],
    indications: [
      'Oedema, difficult urination',
      'Diarrhoea, undigested food, abdominal distension',
      'Lower abdominal pain, hernia pain',
      'Uterine bleeding, vaginal discharge',
    ],
    commentary:
      'The front-mu point of the triple energizer, the official in charge of the body\'s water passages, so it is used when fluids do not move: oedema, scanty urine, watery diarrhoea.\n\nThe name "stone gate" hints at the old belief that it could make a woman barren; this is why the point is often left out of fertility treatments even today.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Names Shimen the front-mu point of the triple energizer and warns that needling or moxa here in women may leave them unable to conceive.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For oedema and cold diarrhoea; classical caution in women, and not in pregnancy.',
      cupping: 'Not in pregnancy.',
      guaSha: 'Light strokes only.',
    },
    classificationNotes: { front_mu: 'Front-mu point of the triple energizer' },
  },
  CV6: {
    area: 'Lower abdomen — midline, 1.5 cun below the navel',
    location: 'On the lower abdomen, on the midline, 1.5 cun below the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV4, 3 cun below the navel; the point is halfway between it and the navel.',
    needling: {
      directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients). Moxa is used as often as the needle.',
    },
    sensation: 'A deep distension or warmth in the lower abdomen.',
    safety: { pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.' },
    cautions:
      'Not in pregnancy. Have the patient empty the bladder first, and keep to the shallower depth in slim patients. Use moxa with care where there is heat, and check the skin often under a moxa box: sleepy, deficient patients may not notice it becoming too hot.',
    actions: [
      'Tonifies qi and the original qi',
      'Warms yang and rescues collapse',
      'Regulates qi and moves stagnation in the lower abdomen',
      'Regulates menstruation',
      'Strengthens the kidneys',
    ],
    indications: [
      'Exhaustion, breathlessness on exertion, weak voice',
      'Collapse with cold limbs',
      'Lower abdominal distension and pain, hernia',
      'Diarrhoea or constipation from weakness',
      'Irregular or painful menstruation, uterine bleeding',
      'Impotence, bedwetting',
    ],
    commentary:
      'The "sea of qi" is the second of the two great tonifying points below the navel. Where CV4 leans toward the kidneys and blood, this point leans toward qi: fatigue, a weak voice, breathlessness and a general lack of drive.\n\nBecause it also moves qi, it serves for lower-abdominal distension and pain from stagnation, something CV4 does less well. Ling Shu chapter 1 already picks it out, under the old name Boyang, as the source point of the membranes (huang).',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 1',
        note: 'Gives Boyang, the old name of this point, as the source point of the huang (the membranes).',
      },
    ],
    therapyNotes: {
      moxibustion: 'Cones on ginger, a box or a stick for qi and yang deficiency; not in pregnancy.',
      cupping: 'Not in pregnancy.',
      guaSha: 'Light strokes only.',
    },
    classificationNotes: {},
  },
  CV7: {
    area: 'Lower abdomen — midline, 1 cun below the navel',
    location: 'On the lower abdomen, on the midline, 1 cun below the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Measure one fifth of the way from the navel to the top of the pubic bone.',
    needling: { directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients).' },
    sensation: 'A local distension spreading around the navel and downward.',
    safety: { pregnancy: 'Lower-abdominal midline point over the uterus; traditionally not used in pregnancy.' },
    cautions: 'Not in pregnancy. Have the patient pass urine first, and keep the needle shallower in slim patients.',
    actions: ['Regulates the uterus and menstruation', 'Benefits the lower abdomen and stops pain', 'Regulates the water passages'],
    indications: [
      'Irregular menstruation, uterine bleeding, vaginal discharge, infertility',
      'Cold and pain around the navel',
      'Hernia pain',
      'Oedema, difficult urination',
    ],
    commentary:
      'Where the conception and penetrating vessels cross, just below the navel, this point works on the uterus and the blood. It is used for irregular menstruation, uterine bleeding, discharge and postpartum complaints, and for cold pain around the navel.\n\nIt is a quieter companion to CV4 and CV6 and is rarely the main point; it is added when a menstrual problem comes with cold and pain close to the navel. A moxa box laid over this part of the abdomen suits such cold-type pain well.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Yinjiao below the navel with its needling and moxibustion, as a meeting point of the conception and penetrating vessels.',
      },
    ],
    therapyNotes: {
      cupping: 'Not in pregnancy.',
      guaSha: 'Light strokes only.',
      moxibustion: 'A box or a stick for cold pain and cold-type menstrual problems; not in pregnancy.',
    },
    classificationNotes: { meeting: 'Conception vessel with the penetrating vessel' },
  },
  CV8: {
    area: 'Abdomen — the navel',
    location: 'In the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'The point is the centre of the navel itself.',
    needling: {
      reason: 'The navel is a scar that cannot be reliably disinfected, and it lies directly over the bowel; infection here is serious.',
      instead:
        'Moxibustion on salt: fill the navel with dry salt and burn cones on top (often over a slice of ginger), or use a moxa box. Herbal pastes and plasters are also applied.',
    },
    sensation: 'Under salt moxibustion a deep warmth fills the belly and often seems to spread outward from the navel.',
    safety: {
      forbidden_needling: 'Never needled: the navel scar cannot be kept sterile and sits straight over the intestines.',
      classical_no_needling: 'Listed from the earliest texts among the points not to be needled.',
      pregnancy: 'Lies within the stretch of abdominal midline that many texts leave untreated in pregnancy; no moxa here then.',
    },
    cautions:
      'No needle. Keep salt between the fire and the skin and watch the heat: the navel blisters easily, and blisters here heal slowly. Not over an umbilical hernia, infection or a recent operation scar, and not in pregnancy.',
    actions: ['Warms yang and rescues collapse', 'Warms and strengthens the spleen and intestines', 'Stops diarrhoea', 'Regulates the water passages'],
    indications: [
      'Collapse with cold limbs and a faint pulse, flaccid-type stroke',
      'Chronic diarrhoea, undigested food, cold abdominal pain',
      'Prolapse of the rectum',
      'Oedema, difficult urination',
    ],
    commentary:
      'The navel is where the unborn child was nourished, and tradition sees in it a direct line to the pre-natal qi. It is never needled; instead it is treated with moxibustion, usually on a layer of salt, one of the oldest and most characteristic uses of moxa.\n\nSalt moxa here is the classic rescue for yang collapse — cold limbs, sweating, a faint pulse — and for long-standing cold diarrhoea. In everyday practice a moxa box over the navel and the points around it is a simple way to warm the whole abdomen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Allows moxibustion at the navel but forbids needling it, warning of fatal ulceration.',
      },
    ],
    therapyNotes: {
      moxibustion: 'On salt, ginger or in a box; the main way the point is used. Not in pregnancy.',
      cupping: 'A cup over the navel is used in some clinics for digestive complaints and hives.',
    },
    classificationNotes: {},
  },
  CV9: {
    area: 'Upper abdomen — midline, 1 cun above the navel',
    location: 'On the upper abdomen, on the midline, 1 cun above the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Divide the distance from the navel to the xiphisternal junction into eight parts; the point is one part above the navel.',
    needling: {
      directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients). For oedema, moxibustion is traditionally preferred.',
    },
    sensation: 'A local distension around the navel.',
    safety: {
      classical_no_needling: 'Classical texts advise moxa rather than the needle here, especially in oedema.',
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Many texts advise against needling it in oedema and prefer moxa. Avoid in pregnancy.',
    actions: ['Regulates the water passages and reduces oedema', 'Harmonises the intestines', 'Separates the clear from the turbid'],
    indications: ['Oedema, especially of the abdomen, ascites', 'Difficult urination', 'Borborygmus, diarrhoea', 'Abdominal pain and distension'],
    commentary:
      'Above the small intestine, where tradition places the separating of the clear from the turbid parts of food and drink, this is the local point for fluid that collects: oedema, a swollen belly, watery diarrhoea and gurgling of the bowels.\n\nClassical texts preferred moxa to the needle here, especially when there is oedema, and that is still the usual method. It is combined with points that move water in the lower abdomen and the legs; for loose stools and borborygmus it pairs naturally with the other points around the navel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Shuifen above the navel with its place and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'The traditional method for oedema; not in pregnancy.', guaSha: 'Light strokes only.' },
    classificationNotes: {},
  },
  CV10: {
    area: 'Upper abdomen — midline, 2 cun above the navel',
    location: 'On the upper abdomen, on the midline, 2 cun above the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Measure a quarter of the way from the navel to the xiphisternal junction (2 of 8 cun).',
    needling: { directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients).' },
    sensation: 'A local distension in the upper abdomen.',
    safety: {
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Avoid in pregnancy. Not straight after a large meal.',
    actions: ['Harmonises the stomach and moves food stagnation downward', 'Strengthens the spleen'],
    indications: ['Food retention, fullness after eating', 'Vomiting after meals', 'Undigested food in the stool, diarrhoea', 'Epigastric pain'],
    commentary:
      'Named after the lower opening of the stomach, this point helps food that sits heavily to move on into the intestines: fullness after meals, vomiting some time after eating, undigested food in the stool. It meets the spleen channel and so also supports a weak digestion.\n\nOf the three stomach points on the midline, CV13 is chosen when qi rises the wrong way, CV12 for the stomach as a whole, and this one when food lingers and will not pass down. The three are often needled together for food retention.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Xiawan with its place and its needling and moxibustion, as a meeting point of the spleen channel and the conception vessel.',
      },
    ],
    therapyNotes: { guaSha: 'Light strokes only.', moxibustion: 'For cold and weak digestion; not in pregnancy.' },
    classificationNotes: { meeting: 'Conception vessel with the spleen channel' },
  },
  CV11: {
    area: 'Upper abdomen — midline, 3 cun above the navel',
    location: 'On the upper abdomen, on the midline, 3 cun above the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Measure 3 of the 8 cun from the navel toward the xiphisternal junction, one cun below CV12.',
    needling: { directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients).' },
    sensation: 'A local distension in the upper abdomen.',
    safety: {
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Avoid in pregnancy. Not straight after a large meal.',
    actions: ['Harmonises the middle burner', 'Descends rebellious stomach qi', 'Moves food stagnation'],
    indications: ['Epigastric pain and distension', 'Poor appetite, vomiting', 'Abdominal swelling, oedema'],
    commentary:
      'A minor stomach point between CV10 and CV12, used with them for epigastric pain and fullness, poor appetite and vomiting. Its name speaks of building up the interior, and it suits a weak middle burner in which food moves slowly.\n\nIt is seldom used alone: it is added to CV12 when the whole epigastrium is full and tender, or when abdominal swelling comes with poor digestion.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Jianli on the upper abdominal midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { guaSha: 'Light strokes only.', moxibustion: 'For cold and weak digestion; not in pregnancy.' },
    classificationNotes: {},
  },
  CV12: {
    area: 'Upper abdomen — midline, 4 cun above the navel',
    location: 'On the upper abdomen, on the midline, 4 cun above the centre of the umbilicus, halfway to the xiphisternal junction.',
    convention: 'WHO 2008',
    howToLocate: 'Find the xiphisternal junction at the lower end of the breastbone and the centre of the navel; the point is exactly halfway between them.',
    needling: {
      directions: 'Insert straight in 1–1.5 cun; in slim patients 0.5–1 cun is enough, as the aorta may be felt pulsing beneath.',
    },
    sensation: 'A heavy distension in the epigastrium, sometimes spreading through the abdomen.',
    safety: {
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Keep shallower in thin patients, in whom the abdominal aorta pulses close beneath. Not straight after a large meal. Avoid in pregnancy.',
    actions: [
      'Strengthens the stomach and spleen',
      'Harmonises the middle burner and descends rebellious qi',
      'Resolves dampness and phlegm',
      'Regulates qi and stops pain',
      'Revives yang in collapse',
    ],
    indications: [
      'Epigastric pain and distension',
      'Nausea, vomiting, hiccup, acid regurgitation',
      'Poor appetite, tiredness, loose stools',
      'Diarrhoea or constipation',
      'Phlegm and heaviness, dizziness from phlegm',
      'Insomnia from an upset stomach',
    ],
    commentary:
      "The single most important point for the stomach. As its front-mu point it treats any disorder of the stomach, hot or cold, full or empty: pain, nausea, vomiting, belching, poor appetite.\n\nIt is also the gathering point of all six fu organs and the meeting point with the small intestine, triple energizer and stomach channels, so its reach extends to the whole digestive tract and to the spleen's work of transforming food and dampness. Phlegm that arises from a weak digestion is often treated here with ST40.\n\nIn collapse it belongs to the nine points for returning the yang.",
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), chapter 45',
        note: 'Names Zhongwan (under the old name Taicang) as the gathering point of the fu organs.',
      },
      {
        work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)',
        note: 'Lists it among the nine points for returning the yang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Cones on ginger or a box for cold and weak digestion; not in pregnancy.',
      guaSha: 'Gentle downward strokes for nausea and fullness.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the stomach',
      influential: 'Fu organs',
      meeting: 'Conception vessel with the small intestine, triple energizer and stomach channels',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  CV13: {
    area: 'Upper abdomen — midline, 5 cun above the navel',
    location: 'On the upper abdomen, on the midline, 5 cun above the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV12 halfway between the navel and the xiphisternal junction and move 1 cun up.',
    needling: { directions: 'Insert straight in 1–1.5 cun (0.5–1 cun in slim patients).' },
    sensation: 'A local distension in the epigastrium.',
    safety: {
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Keep shallower in thin patients and in those with an enlarged liver. Avoid in pregnancy.',
    actions: ['Harmonises the stomach and descends rebellious qi', 'Relieves fullness and pain in the epigastrium'],
    indications: ['Vomiting, nausea, hiccup', 'Epigastric fullness and pain', 'Poor appetite', 'Difficulty swallowing'],
    commentary:
      'Over the upper opening of the stomach, this point is chosen when qi rises the wrong way: nausea, vomiting, belching, hiccup, food that will not go down. It meets the stomach and small intestine channels.\n\nCompared with CV12 it acts more on the top of the stomach and the gullet, so it is preferred when vomiting or difficulty swallowing dominate. In thin patients, or where the liver is enlarged, it is needled less deeply.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Shangwan with its place and its needling and moxibustion, as a meeting point of the conception vessel with the stomach and small intestine channels.',
      },
    ],
    therapyNotes: {
      guaSha: 'Light strokes only.',
      moxibustion: 'For cold in the stomach with vomiting; not in pregnancy.',
    },
    classificationNotes: { meeting: 'Conception vessel with the stomach and small intestine channels' },
  },
  CV14: {
    area: 'Upper abdomen — midline, 6 cun above the navel',
    location: 'On the upper abdomen, on the midline, 6 cun above the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Find the xiphisternal junction and measure 2 cun down the midline (6 of the 8 cun above the navel).',
    needling: {
      directions: 'Slant the needle downward, 0.5–1 cun. Never insert deep or upward: the liver and the heart lie close beneath.',
    },
    sensation: 'A local distension, sometimes felt toward the chest.',
    safety: {
      organ: 'The left lobe of the liver and, above it, the heart lie close under this point; oblique downward insertion only.',
      pregnancy: 'Many texts extend the pregnancy prohibition up the abdominal midline as far as CV14; avoid, especially later in pregnancy.',
    },
    cautions: 'Take special care with an enlarged liver or heart. Avoid in pregnancy.',
    actions: ['Regulates the heart and calms the mind', 'Opens the chest', 'Descends lung and stomach qi', 'Transforms phlegm'],
    indications: ['Chest pain, palpitations', 'Anxiety, agitation, mania, epilepsy', 'Vomiting, acid reflux, hiccup', 'Cough with phlegm, breathlessness'],
    commentary:
      'The front-mu point of the heart. It is used for pain and oppression in the chest, for palpitations and for disturbances of the mind, especially where phlegm clouds the heart.\n\nIt also sits over the stomach and calms nausea and reflux. It is often tender in patients with emotional tension held in the upper abdomen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Names Juque the front-mu point of the heart and gives its place below the xiphoid.',
      },
    ],
    therapyNotes: {
      cupping: 'Small cup only; the xiphoid makes sealing difficult.',
      guaSha: 'Light strokes only.',
      moxibustion: 'A stick or a few small cones for cold in the chest and stomach; not in pregnancy.',
    },
    classificationNotes: { front_mu: 'Front-mu point of the heart' },
  },
  CV15: {
    area: 'Upper abdomen — midline, below the xiphisternal junction',
    location: 'On the upper abdomen, on the midline, 1 cun below the xiphisternal junction.',
    convention: 'WHO 2008',
    howToLocate:
      'Feel the lower end of the breastbone where the xiphoid process joins it; the point is 1 cun below this junction, usually just below or on the tip of the xiphoid.',
    needling: { directions: 'Slant the needle downward, 0.5–1 cun. Never insert deep or upward under the xiphoid.' },
    sensation: 'A local distension under the breastbone.',
    safety: {
      organ: 'The liver and, above the diaphragm, the heart lie close beneath; oblique downward insertion only.',
    },
    cautions:
      'Take special care with an enlarged liver or heart. Have the patient lie flat and breathe quietly, and never angle the needle upward under the xiphoid.',
    actions: ['Calms the mind and steadies the heart', 'Opens the chest and descends lung qi', 'Benefits the skin of the abdomen'],
    indications: [
      'Anxiety, palpitations, mania, epilepsy',
      'Fullness and pain of the chest',
      'Cough, wheezing',
      'Hiccup, vomiting',
      'Pain or itching of the abdominal skin',
    ],
    commentary:
      'The connecting point of the conception vessel: from here its collateral spreads downward over the abdomen, which is why Ling Shu links itching or pain of the abdominal skin to this point.\n\nIt is also named in Ling Shu as the source point of the gao, the fatty tissue around the heart, and is used for anxiety, fear and palpitations, and to open a tight chest.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Describes the connecting collateral of the conception vessel, named Weiyi, which spreads from below the xiphoid over the abdomen.',
      },
      { work: 'Ling Shu (Spiritual Pivot), chapter 1', note: 'Gives Jiuwei as the source point of the gao.' },
    ],
    therapyNotes: { cupping: 'Small cup only.', guaSha: 'Light strokes only.' },
    classificationNotes: { connecting: 'Luo-connecting point of the conception vessel' },
  },
  CV16: {
    area: 'Chest — midline, at the xiphisternal junction',
    location: 'On the front of the chest, on the midline, at the midpoint of the xiphisternal junction.',
    convention: 'WHO 2008',
    howToLocate: 'Run a finger down the breastbone until it drops onto the xiphoid process; the point is on the joint between them.',
    needling: { directions: 'Slide the needle flat along the bone, usually downward, 0.3–0.5 cun.' },
    sensation: 'A local ache over the lower breastbone.',
    safety: {},
    cautions:
      'Keep the needle flat on the bone: the breastbone lies just under the skin, and a straight needle gains nothing here. Do not manipulate strongly, and press briefly after withdrawal.',
    actions: ['Opens the chest', 'Descends rebellious qi'],
    indications: ['Fullness of the chest and flanks', 'Vomiting, vomiting of milk in infants', 'Difficulty swallowing', 'Cough'],
    commentary:
      'A local point for a tight lower chest and for food or milk that comes back up, including the vomiting of milk in infants. It sits on the joint of the breastbone and the xiphoid, between chest and stomach, and serves both.\n\nIt is used far less often than its neighbours: CV17 above is the main point for the chest and breath, CV15 below for the heart and mind. This point is added when the discomfort is felt right at the lower end of the breastbone, or when swallowing is difficult.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Zhongting on the chest midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Bony, uneven surface.', guaSha: 'Light strokes down the sternum.' },
    classificationNotes: {},
  },
  CV17: {
    area: 'Chest — midline, between the nipples',
    location: 'On the front of the chest, on the midline, level with the fourth intercostal space.',
    convention: 'WHO 2008',
    howToLocate:
      'Count down the rib spaces beside the breastbone from the second rib, which joins at the sternal angle; the point is on the sternum level with the fourth space. In men it usually lies on the line between the nipples.',
    needling: {
      directions:
        'Slide the needle flat under the skin along the sternum, 0.3–0.5 cun (up to 1 cun in some texts): downward for the chest and breath, sideways toward the breast for lactation. Never perpendicular.',
    },
    sensation: 'A local tightness that may spread across the chest.',
    safety: {
      organ: 'Some people have a hole in the lower sternum (sternal foramen); a perpendicular needle can pass through it to the heart.',
      classical_no_needling: 'On the classical list of points not to be needled.',
    },
    cautions: 'Transverse insertion only: cardiac tamponade has been reported after perpendicular needling through an undetected sternal foramen.',
    actions: [
      'Regulates qi and opens the chest',
      'Descends lung and stomach qi',
      'Benefits the breasts and promotes lactation',
      'Relieves emotional oppression',
    ],
    indications: [
      'Chest pain or tightness, palpitations',
      'Cough, wheezing, shortness of breath',
      'Insufficient milk, breast swelling or abscess',
      'Hiccup, difficulty swallowing',
      'Sighing, feeling of a lump in the chest from emotional strain',
    ],
    commentary:
      'The "centre of the chest" gathers the qi of the whole upper body: it is the influential point of qi, the front-mu point of the pericardium and the place Ling Shu calls the sea of qi. Whenever qi is stuck in the chest — tightness, sighing, a pressure that comes with grief or worry, breathlessness, palpitations — this is the point.\n\nIt is also the main point for the breasts and for insufficient milk after childbirth, with the needle directed toward the breast.\n\nThe old prohibition on needling it has a modern echo in the rare sternal foramen, through which a straight needle can reach the heart; the transverse technique avoids this.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), chapter 45',
        note: 'Places the gathering point of qi on the midline between the breasts.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Calls the centre of the chest (danzhong) the sea of qi.',
      },
    ],
    therapyNotes: {
      cupping: 'Bony surface; a small cup only if at all.',
      guaSha: 'Gentle strokes down the sternum for tightness of the chest.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the pericardium',
      influential: 'Qi',
      sea: 'Point of the sea of qi',
      meeting: 'Conception vessel with the spleen, kidney, small intestine and triple energizer channels',
    },
  },
  CV18: {
    area: 'Chest — midline, level with the 3rd intercostal space',
    location: 'On the front of the chest, on the midline, level with the third intercostal space.',
    convention: 'WHO 2008. The rule places it 1.6 B-cun above CV17, the usual textbook spacing of the rib spaces on the sternum.',
    howToLocate: 'From CV17 at the fourth rib space, move one rib space up the sternum, about 1.6 cun.',
    needling: { directions: 'Slide the needle flat along the sternum, 0.3–0.5 cun.' },
    sensation: 'A local ache over the breastbone.',
    safety: {},
    cautions:
      'Keep the needle flat on the bone: the breastbone lies directly under the skin, and a perpendicular needle gains nothing and strikes the bone painfully. Press briefly after withdrawal, as small bruises are common.',
    actions: ['Opens the chest', 'Descends lung qi and stops cough'],
    indications: ['Chest pain and fullness', 'Cough, wheezing', 'Vomiting', 'Swelling and pain of the breasts'],
    commentary:
      'One of the series of points on the sternum, used locally for cough, wheezing, chest pain and oppression in the chest, and for swelling and pain of the breasts.\n\nIt is usually combined with CV17, or chosen by pressing along the breastbone: in a chest complaint the most tender spot of the series is often the one to needle. The bone lies directly under the skin, so the needle is always laid flat.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists the point on the chest midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Bony surface.' },
    classificationNotes: {},
  },
  CV19: {
    area: 'Chest — midline, level with the 2nd intercostal space',
    location: 'On the front of the chest, on the midline, level with the second intercostal space.',
    convention: 'WHO 2008. The rule places it 3.2 B-cun above CV17 (two rib spaces of 1.6 B-cun).',
    howToLocate: 'Find the sternal angle, the ridge where the second ribs join the breastbone; the point is just below it, level with the second rib space.',
    needling: { directions: 'Slide the needle flat along the sternum, 0.3–0.5 cun.' },
    sensation: 'A local ache over the breastbone.',
    safety: {},
    cautions:
      'Keep the needle flat on the bone: the breastbone lies directly under the skin, and a perpendicular needle gains nothing and strikes the bone painfully. Press briefly after withdrawal, as small bruises are common.',
    actions: ['Opens the chest', 'Descends lung qi and stops cough'],
    indications: ['Chest pain', 'Cough, wheezing', 'Difficulty swallowing', 'Vomiting'],
    commentary:
      'A local sternal point for cough, wheeze, chest pain and difficulty swallowing. Its name borrows the palace of the celestial emperor among the stars, a nod to the heart behind the sternum.\n\nLike the other sternal points it is chosen mainly by palpation, where the breastbone is tender in a chest complaint. It adds little that CV17 and CV22 do not, but it helps spread the treatment along the chest when a cough is long-standing.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists the point on the chest midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Bony surface.' },
    classificationNotes: {},
  },
  CV20: {
    area: 'Chest — midline, level with the 1st intercostal space',
    location: 'On the front of the chest, on the midline, level with the first intercostal space.',
    convention:
      'WHO 2008. The rule places it 1.6 B-cun above CV19, the textbook spacing of the rib spaces on the sternum; this keeps it above the sternal angle (the second rib) and below CV21.',
    howToLocate: 'Find the sternal angle (level of the second ribs); the point is just above it, level with the first rib space.',
    needling: { directions: 'Slide the needle flat along the sternum, 0.3–0.5 cun.' },
    sensation: 'A local ache over the breastbone.',
    safety: {},
    cautions:
      'Keep the needle flat on the bone: the breastbone lies directly under the skin, and a perpendicular needle gains nothing and strikes the bone painfully. Press briefly after withdrawal, as small bruises are common.',
    actions: ['Descends lung qi and stops cough', 'Benefits the throat', 'Opens the chest'],
    indications: ['Cough, wheezing', 'Chest pain', 'Sore throat'],
    commentary:
      'The lungs were pictured as the canopy over the other organs, and this point lies over their upper part. It treats cough, wheezing, chest pain and a sore throat.\n\nIt is chosen when cough or tightness is felt high in the chest, often together with CV22 for the throat and CV17 for the breath. Like all the sternal points it is needled flat along the bone.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists the point on the chest midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Bony surface.' },
    classificationNotes: {},
  },
  CV21: {
    area: 'Chest — midline, below the suprasternal notch',
    location: 'On the front of the chest, on the midline, 1 cun below the suprasternal fossa.',
    convention: 'WHO 2008',
    howToLocate: 'Put a finger in the notch at the top of the breastbone (CV22) and move 1 cun straight down onto the manubrium.',
    needling: { directions: 'Slide the needle flat along the manubrium, 0.3–0.5 cun.' },
    sensation: 'A local ache over the top of the breastbone.',
    safety: {},
    cautions:
      'Keep the needle flat on the manubrium and do not let it slip upward into the notch above the breastbone, behind which lie the windpipe and the great vessels. Press briefly after withdrawal.',
    actions: ['Descends lung qi and stops cough', 'Benefits the throat', 'Moves food stagnation'],
    indications: ['Cough, wheezing', 'Sore throat', 'Chest pain', 'Food stuck in the stomach'],
    commentary:
      'Besides its local use for cough, wheeze and a sore throat, this point has an old and distinctive indication: food that lodges in the stomach and will not move on.\n\nAfter CV22 it is the midline point closest to the throat, and it supports or replaces CV22 for cough and throat complaints where the deeper technique there is not wanted. For food stagnation it is combined with the stomach points of the upper abdomen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists the point on the chest midline with its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Bony surface.' },
    classificationNotes: {},
  },
  CV22: {
    area: 'Neck — front, suprasternal notch',
    location: 'At the front of the neck, on the midline, in the centre of the suprasternal fossa.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger down the front of the neck past the larynx until it drops into the hollow above the top of the breastbone, between the inner ends of the collarbones.',
    needling: {
      directions:
        'Insert straight in 0.2–0.3 cun, then turn the needle tip downward and advance it slowly along the back of the manubrium, keeping close to the bone, to 0.5–1 cun in all (some texts 1–1.5 cun). Never aim sideways or deep behind the sternum.',
    },
    sensation: 'A tightness or choking sensation in the throat, sometimes an urge to cough.',
    safety: {
      vessel: 'The aortic arch and its large branches lie behind the upper sternum; stay close to the bone.',
      lung: 'The lung apices lie to either side; a needle that strays laterally can cause a pneumothorax.',
    },
    cautions:
      'Only with the two-step technique, with the patient lying still and the head slightly tilted back. Stop if the patient coughs violently or feels sharp pain. Take special care in patients with an enlarged thyroid or aortic aneurysm.',
    actions: ['Descends rebellious lung qi and stops cough and wheezing', 'Benefits the throat and voice', 'Transforms phlegm', 'Descends stomach qi'],
    indications: [
      'Cough, wheezing, phlegm in the throat',
      'Sore throat, hoarseness, sudden loss of voice',
      'Feeling of a lump in the throat',
      'Goitre',
      'Hiccup, difficulty swallowing',
    ],
    commentary:
      'The "chimney" through which the breath passes, this is the conception vessel\'s point for the throat and the windpipe. It is used for acute cough and wheeze with phlegm the patient cannot bring up, for hoarseness and lost voice, and for the feeling of something stuck in the throat.\n\nIt is one of the window of heaven points and meets the yin linking vessel. Because the great vessels lie behind the sternum, it is needled with a careful two-step technique or simply pressed.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Identifies Tiantu as the conception-vessel point in the suprasternal hollow, the first of the points it lists around the neck.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick for chronic cough with cold phlegm.',
      cupping: 'Over the windpipe and great vessels.',
      guaSha: 'Very light strokes only, for sore throat.',
    },
    classificationNotes: { meeting: 'Conception vessel with the yin linking vessel' },
  },
  CV23: {
    area: 'Neck — front, above the hyoid bone',
    location: "At the front of the neck, on the midline above the Adam's apple, in the hollow just above the upper border of the hyoid bone.",
    convention: 'WHO 2008',
    howToLocate:
      "With the head tilted slightly back, slide a finger up from the Adam's apple to the next bone, the hyoid, under the chin. The point is in the soft hollow just above its upper border.",
    needling: {
      directions: 'With the head slightly tilted back, slant the needle up toward the root of the tongue, 0.5–0.8 cun (some texts 1 cun).',
    },
    sensation: 'A distension at the root of the tongue, often with a feeling of tightness in the throat.',
    safety: {},
    cautions: 'Do not needle toward the larynx. Ask the patient not to swallow while the needle is being inserted.',
    actions: ['Benefits the tongue and speech', 'Clears heat and transforms phlegm', 'Descends qi and benefits the throat'],
    indications: [
      'Stiff or swollen tongue, difficult speech after stroke',
      'Drooling, or a dry mouth',
      'Sudden loss of voice, sore throat',
      'Difficulty swallowing',
    ],
    commentary:
      'The point for the tongue. After a stroke, when the tongue is stiff and speech slurred or lost, it is one of the first points chosen, often with GV15. It also treats excessive saliva and its opposite, a dry mouth, and problems swallowing.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Lianquan above the hyoid bone, as a meeting point of the yin linking and conception vessels.',
      },
    ],
    therapyNotes: { guaSha: 'Very light strokes only.' },
    classificationNotes: { meeting: 'Conception vessel with the yin linking vessel' },
  },
  CV24: {
    area: 'Face — chin, below the lower lip',
    location: 'On the face, in the hollow at the centre of the mentolabial groove, between the lower lip and the chin.',
    convention: 'WHO 2008',
    howToLocate: 'Find the horizontal groove between the lower lip and the chin; the point is in its deepest part, on the midline.',
    needling: {
      directions:
        'Insert obliquely, 0.2–0.3 cun (Chinese texts up to 0.5 cun), usually slanted down into the chin; for facial palsy it may be directed sideways toward the corners of the mouth.',
    },
    sensation: 'A local ache or numbness in the chin and lower lip.',
    safety: {},
    cautions:
      'Sensitive area; use a fine needle and a shallow insertion. The lip and chin bruise easily, so press after withdrawal. No direct moxa on the face.',
    actions: ['Expels wind from the face', 'Benefits the face, mouth and teeth', 'Regulates the conception vessel'],
    indications: ['Facial paralysis, twitching of the lips', 'Toothache of the lower jaw, swollen gums', 'Mouth ulcers, drooling', 'Sudden loss of voice'],
    commentary:
      "The conception vessel ends here and links with the governor vessel and the yangming channels, closing the circuit of the two midline vessels. The point receives the saliva that would otherwise run from the mouth, hence its name.\n\nIt is a local point for the mouth, the lower teeth and facial palsy, and one of Sun Simiao's ghost points.",
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, 7th century)',
        note: 'Includes it among the thirteen ghost points for mania.',
      },
    ],
    therapyNotes: { moxibustion: 'Face; risk of a burn.' },
    classificationNotes: {
      meeting: 'Conception vessel with the governor vessel and the large intestine and stomach channels',
      ghost: "One of Sun Simiao's thirteen ghost points",
    },
  },
};

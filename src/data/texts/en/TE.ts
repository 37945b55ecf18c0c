import type { PointTextsByCode } from '../../textsSchema.ts';

/** Triple energizer channel of hand shaoyang, TE1–TE23: the English texts, in our own words. */
export const tripleEnergizerTexts: PointTextsByCode = {
  TE1: {
    area: 'Hand — ring finger, nail corner',
    location: 'On the ring finger, on the ulnar side of the last phalanx, 0.1 cun from the ulnar corner of the nail.',
    convention: 'WHO 2008',
    howToLocate:
      'Draw an imaginary line along the little-finger side of the ring fingernail and another along the base of the nail. The point is where the two lines cross, about 0.1 cun from the nail corner.',
    needling: { directions: 'Insert 0.1 cun, or prick with a sterile lancet and squeeze out a few drops of blood.' },
    sensation: 'A sharp, brief pain at the fingertip.',
    safety: { painful: 'The nail fold is very sensitive; the prick hurts.' },
    cautions: 'Painful; warn the patient. Use a sterile lancet and press the puncture after bleeding. Avoid in bleeding disorders.',
    actions: ['Clears heat and relieves the throat', 'Benefits the ears and the tongue', 'Restores consciousness'],
    indications: [
      'Sore, swollen throat',
      'Fever without sweating',
      'Headache, red painful eyes',
      'Stiff tongue, dry mouth',
      'Sudden deafness or tinnitus',
      'Fainting, heatstroke',
    ],
    commentary:
      'The well point and first point of the triple energizer channel, which takes over from the pericardium channel at the ring finger. As a metal point on a yang channel and a well point, it is pricked to bleed for acute heat in the upper body: a sore throat, a stiff tongue, red eyes, fever with no sweat.\n\nThe channel ends at the side of the head around the ear, which is why the point is also used for sudden hearing problems.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the well point of the triple energizer channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Used mainly for heat.',
      bloodletting: 'A few drops for fever, sore throat and heatstroke.',
    },
    classificationNotes: { entry: 'Receives the pericardium channel from PC8' },
  },
  TE2: {
    area: 'Hand — back, web of ring and little finger',
    location:
      'On the back of the hand, in the hollow just proximal to the web margin between the ring and little fingers, where the skin of the back of the hand meets the skin of the palm.',
    convention: 'WHO 2008',
    howToLocate: 'Make a loose fist. Find the web between the ring and little fingers and press just behind its edge on the back of the hand.',
    needling: {
      directions: 'Obliquely toward the wrist, between the heads of the fourth and fifth metacarpals, 0.3–0.5 cun (some texts 0.5–1 cun).',
    },
    sensation: 'Distension spreading onto the back of the hand.',
    safety: {},
    cautions: 'Small veins on the back of the hand bruise easily; press after withdrawal.',
    actions: ['Clears heat and expels wind-heat', 'Benefits the ears', 'Calms the mind'],
    indications: [
      'Tinnitus, sudden deafness',
      'Headache, red eyes',
      'Sore throat, toothache',
      'Fever with chills, malarial fevers',
      'Pain and swelling of the hand',
      'Fright, palpitations',
    ],
    commentary:
      'The spring point of the channel. Spring points clear heat, and Yemen is used for heat and wind-heat rising to the head: red eyes, sore throat, earache, headache.\n\nLocally it treats swelling and pain of the hand and fingers.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the spring point of the triple energizer channel.',
      },
    ],
    therapyNotes: { cupping: 'No surface for a cup.' },
    classificationNotes: {},
  },
  TE3: {
    area: 'Hand — back, between 4th and 5th metacarpals',
    location: 'On the back of the hand, between the fourth and fifth metacarpal bones, in the hollow just proximal to the fourth metacarpophalangeal joint.',
    convention: 'WHO 2008',
    howToLocate:
      'Make a loose fist. From TE2 slide about one cun toward the wrist in the groove between the fourth and fifth metacarpals, until the finger drops into a hollow behind the knuckle of the ring finger.',
    needling: {
      directions: 'Straight in, 0.3–0.5 cun; or obliquely toward the wrist, 0.5–1 cun, for ear and shoulder problems.',
    },
    sensation: 'Distension on the back of the hand, sometimes travelling to the ring finger or up the arm.',
    safety: {},
    cautions: 'Press after withdrawal; the dorsal hand veins bruise easily.',
    actions: ['Benefits the ears', 'Clears heat from the head', 'Moves qi in the channel and relieves pain', 'Relaxes the fingers'],
    indications: [
      'Tinnitus, deafness, earache',
      'One-sided or temporal headache, dizziness',
      'Red, painful eyes, sore throat',
      'Pain of the shoulder, upper back and neck',
      'Inability to bend or straighten the fingers',
    ],
    commentary:
      'The stream point and wood point of the channel, therefore its mother point. It is the distal point of first choice for ear problems of an excess kind, often combined with TE17 and TE21 near the ear.\n\nIt also moves the channel along the arm, shoulder and neck: a tender TE3 is pressed while the patient turns the neck or moves the shoulder.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the stream point of the triple energizer channel.',
      },
    ],
    therapyNotes: { cupping: 'No surface for a cup.' },
    classificationNotes: {},
  },
  TE4: {
    area: 'Wrist — back, dorsal crease',
    location: 'On the back of the wrist, on the dorsal wrist crease, in the hollow on the ulnar side of the extensor digitorum tendons.',
    convention: 'WHO 2008',
    howToLocate:
      'Extend the fingers so that the extensor tendons stand out on the back of the wrist. Follow the crease toward the little finger off the edge of the tendons into a soft hollow, level with the head of the ulna.',
    needling: {
      directions: 'Straight in, 0.3–0.5 cun, into the joint space beside the tendons; some authors thread transversely along the crease.',
    },
    sensation: 'Distension at the wrist.',
    safety: {},
    cautions: 'Do not force the needle into the joint capsule; stop at resistance. Keep strictly clean over the joint.',
    actions: ['Relaxes the sinews and benefits the wrist', 'Clears heat', 'Benefits the original qi and fluids'],
    indications: ['Pain, weakness or sprain of the wrist', 'Shoulder and arm pain', 'Deafness, sore throat', 'Thirst, dry mouth', 'Malarial fevers'],
    commentary:
      'The source point of the triple energizer. As the channel of the original qi travelling through the three burners, its source point was thought to warm and circulate that qi; in practice moxibustion here is used for cold hands and poor circulation, and for thirst from depleted fluids.\n\nLocally it is a main point for wrist pain and injuries.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the source point of the triple energizer channel.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold hands and weak original qi.', cupping: 'Wrist joint: no seal.' },
    classificationNotes: { source: 'Yuan-source point of the triple energizer channel' },
  },
  TE5: {
    area: 'Forearm — back, above the wrist',
    location: 'On the back of the forearm, midway between the radius and the ulna, 2 cun above the dorsal wrist crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure two cun (the width of three fingers) up from TE4 along the middle of the back of the forearm. The point is in the soft gap between the two bones, directly opposite PC6 on the front.',
    needling: {
      directions: 'Straight in between the bones, 0.5–1 cun; some practitioners thread it through toward PC6 (1–1.5 cun).',
    },
    sensation: 'Distension on the back of the forearm, sometimes spreading to the fingers.',
    safety: {},
    cautions: 'When threading toward PC6, stop before the skin on the front and watch for an electric sensation from the median nerve.',
    actions: [
      'Expels wind-heat and releases the exterior',
      'Benefits the ears and the head',
      'Opens the yang wei vessel',
      'Relieves pain along the channel',
      'Soothes the side of the body',
    ],
    indications: [
      'Fever and chills, early stage of wind-heat',
      'Temporal headache, migraine',
      'Tinnitus, deafness, earache',
      'Red, swollen eyes',
      'Pain of the side ribs',
      'Pain, weakness or paralysis of the arm and hand',
    ],
    commentary:
      'The connecting point of the triple energizer and the opening point of the yang wei vessel, which binds the yang channels and governs the exterior. It is the classic point for colds and fevers at the wind-heat stage, and for problems along the side of the head: temporal headaches, ear pain and hearing loss.\n\nPaired with GB41, the opening point of the girdle vessel, it treats the sides of the body from the temples to the hips.\n\nLocally it is used for wrist and forearm pain and for weakness of the arm after stroke.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names Waiguan as the connecting point of the hand shaoyang, two cun above the wrist.',
      },
      {
        work: 'Dou Hanqing, Zhen Jing Zhi Nan (Guide to the Needling Classic, 13th century)',
        note: 'Includes it in the eight confluent points, as the opening point of the yang wei vessel.',
      },
    ],
    therapyNotes: {
      cupping: 'Small cup on a fleshy forearm only.',
      guaSha: 'Strokes down the back of the forearm in colds.',
    },
    classificationNotes: {
      connecting: 'Luo-connecting point of the triple energizer channel, linking to the pericardium',
      confluent: 'Yang wei vessel (paired with GB41 for the girdle vessel)',
    },
  },
  TE6: {
    area: 'Forearm — back, lower third',
    location: 'On the back of the forearm, midway between the radius and the ulna, 3 cun above the dorsal wrist crease.',
    convention: 'WHO 2008',
    howToLocate: 'One cun above TE5, in the same groove between the two forearm bones; a hand-width (four fingers) above the wrist crease.',
    needling: { directions: 'Straight in between the bones, 0.5–1 cun (Chinese textbooks up to 1.2 cun).' },
    sensation: 'Distension on the back of the forearm, sometimes toward the hand or the elbow.',
    safety: {},
    cautions:
      'No particular risks; avoid the visible veins on the back of the forearm and press after withdrawal. Keep the needle between the bones rather than forcing it against the periosteum.',
    actions: ['Moves qi and frees the bowels', 'Relieves pain of the side ribs', 'Clears heat from the three burners', 'Benefits the voice'],
    indications: [
      'Constipation, especially from qi stagnation',
      'Pain of the side ribs and flanks',
      'Shingles on the trunk',
      'Sudden loss of voice',
      'Tinnitus, deafness',
      'Aching and heaviness of the shoulder and arm',
    ],
    commentary:
      'The river point and fire point of a fire channel. It is the standard distal point for constipation, above all when it comes from stagnant qi or heat, and for pain along the flanks and ribs, where it is often combined with GB34.\n\nThe flanks belong to the shaoyang, and the point is also used for skin eruptions there, such as shingles.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the river point of the triple energizer channel.',
      },
    ],
    therapyNotes: { cupping: 'Small cup on a fleshy forearm only.', guaSha: 'Strokes down the back of the forearm.' },
    classificationNotes: { horary: 'Fire point of the fire channel' },
  },
  TE7: {
    area: 'Forearm — back, lower third, ulnar side',
    location: 'On the back of the forearm, 3 cun above the dorsal wrist crease, just on the radial border of the ulna.',
    convention: 'WHO 2008',
    howToLocate: 'Find TE6 and move about half a cun toward the little-finger side until the fingertip touches the edge of the ulna.',
    needling: { directions: 'Straight in along the edge of the ulna, 0.5–1 cun.' },
    sensation: 'Local distension in the forearm.',
    safety: {},
    cautions:
      'No particular risks. Keep the needle along the edge of the ulna without striking the bone, and press after withdrawal, as the forearm veins bruise easily.',
    actions: ['Benefits the ears', 'Clears the channel and relieves acute pain'],
    indications: ['Sudden deafness, tinnitus', 'Pain of the forearm and arm', 'Epilepsy'],
    commentary:
      'The cleft point of the triple energizer. As for other cleft points, its use is in acute conditions of the channel, most of all sudden hearing loss and acute pain of the arm.\n\nIt lies beside TE6, on the edge of the ulna, and is chosen over its neighbour when the complaint is sudden and the point is tender; for sudden deafness it is combined with TE17 and the points in front of the ear. Classical texts also list it for epilepsy.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Records it as the cleft point of the hand shaoyang channel.',
      },
    ],
    therapyNotes: { cupping: 'Narrow area by the bone.' },
    classificationNotes: { cleft: 'Xi-cleft point of the triple energizer channel' },
  },
  TE8: {
    area: 'Forearm — back, middle',
    location: 'On the back of the forearm, midway between the radius and the ulna, 4 cun above the dorsal wrist crease.',
    convention: 'WHO 2008',
    howToLocate: 'One cun above TE6, in the groove between the two forearm bones; a third of the way from the wrist crease to the elbow.',
    needling: {
      directions: 'Straight in, 0.5–1 cun. Modern texts needle it normally; some older sources preferred moxibustion only.',
    },
    sensation: 'Distension of the forearm.',
    safety: { classical_no_needling: 'Included in older lists of points not to be needled.' },
    cautions: 'The old prohibition is not followed in current teaching, but it is worth knowing; use gentle stimulation.',
    actions: ['Clears the channel and relieves pain', 'Benefits the ears and the voice'],
    indications: ['Sudden deafness', 'Sudden loss of voice', 'Toothache', 'Pain of the arm and hand'],
    commentary:
      'The name says that three hand yang channels connect here. It is a minor point used for sudden loss of hearing or voice and pain of the arm.\n\nIn twentieth-century China it was one of the points tried in acupuncture analgesia for surgery.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Places Sanyangluo above Zhigou and advises moxibustion but not needling.',
      },
    ],
    therapyNotes: { cupping: 'Small cup on a fleshy forearm only.' },
    classificationNotes: {},
  },
  TE9: {
    area: 'Forearm — back, upper half',
    location: 'On the back of the forearm, midway between the radius and the ulna, 5 cun below the tip of the olecranon.',
    convention: 'WHO 2008',
    howToLocate:
      'From the tip of the elbow measure five cun down the middle of the back of the forearm and press into the groove between the bones, in the belly of the extensor muscles.',
    needling: { directions: 'Straight in, 0.5–1 cun.' },
    sensation: 'Distension in the forearm, sometimes toward the hand.',
    safety: {},
    cautions: 'No particular risks. Insert between the bones rather than against them, and avoid visible veins.',
    actions: ['Benefits the throat and the ears', 'Clears the channel and relieves pain'],
    indications: ['Sudden loss of voice, sore throat', 'Sudden deafness', 'Toothache of the lower jaw', 'Pain and weakness of the forearm'],
    commentary:
      'A minor point for sudden loss of voice or hearing and for toothache of the lower jaw, and locally for pain and paralysis of the forearm and hand, for example after stroke.\n\nIn arm paralysis it is one of a line of points needled along the back of the forearm; for the voice and ears it is combined with points on the neck and around the ear. It is chosen mainly when it is tender, in the belly of the extensor muscles.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Sidu on the forearm with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'On the fleshy part of the forearm.' },
    classificationNotes: {},
  },
  TE10: {
    area: 'Elbow — back, above the olecranon',
    location: 'On the back of the arm, in the hollow 1 cun above the tip of the olecranon.',
    convention: 'WHO 2008',
    howToLocate: 'Bend the elbow to a right angle. One cun above the tip of the olecranon the finger sinks into a hollow over the olecranon fossa.',
    needling: { directions: 'With the elbow flexed, straight in 0.5–1 cun into the hollow.' },
    sensation: 'Local distension at the elbow.',
    safety: {},
    cautions: 'The ulnar nerve runs behind the medial epicondyle nearby; do not angle medially.',
    actions: ['Transforms phlegm and dissipates nodules', 'Calms the mind', 'Relieves pain of the elbow'],
    indications: ['Swollen lymph nodes of the neck (scrofula)', 'Elbow and arm pain', 'One-sided headache', 'Epilepsy, melancholy'],
    commentary:
      'The sea point and earth point of the channel, and so its child point. It is best known for dissolving lumps caused by phlegm, especially swollen glands in the neck, along the course of the channel.\n\nLocally it is used for pain of the elbow and arm.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the sea point of the triple energizer channel.',
      },
    ],
    therapyNotes: { cupping: 'Bony area over the elbow.' },
    classificationNotes: {},
  },
  TE11: {
    area: 'Upper arm — back, above the elbow',
    location: 'On the back of the arm, on the line from the tip of the olecranon to the acromial angle, 2 cun above the olecranon.',
    convention: 'WHO 2008',
    howToLocate: 'With the elbow flexed, go two cun above the tip of the olecranon (one cun above TE10) along the line toward the back corner of the shoulder.',
    needling: { directions: 'Straight in, 0.8–1.2 cun.' },
    sensation: 'Heavy ache in the back of the arm.',
    safety: {},
    cautions:
      'No particular risks. Needle into the triceps with the elbow relaxed, and avoid strong manipulation in a thin arm, where the radial nerve lies not far from the bone.',
    actions: ['Clears damp-heat', 'Relieves pain of the arm and shoulder'],
    indications: ['Pain of the shoulder and upper arm', 'Headache', 'Yellow eyes, jaundice'],
    commentary:
      'A minor point, used locally for pain of the back of the upper arm and shoulder, and traditionally for damp-heat with yellowing of the eyes.\n\nIt lies just above TE10 and is often needled together with it for elbow and upper-arm complaints, or as one of a chain of points along the back of the arm in paralysis. For jaundice it plays only a supporting role beside the main points of the trunk and leg.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Qinglengyuan above the elbow with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Over the triceps.' },
    classificationNotes: {},
  },
  TE12: {
    area: 'Upper arm — back, middle',
    location: 'On the back of the arm, on the line from the tip of the olecranon to the acromial angle, 5 cun above the olecranon.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure five cun up from the tip of the elbow along the line to the back corner of the shoulder; the point is in the belly of the triceps, between its heads.',
    needling: { directions: 'Straight in, 0.8–1.2 cun (textbooks up to 1.5 cun).' },
    sensation: 'Heavy ache in the back of the arm.',
    safety: {},
    cautions: 'The radial nerve winds around the back of the humerus at about this level; withdraw on an electric sensation.',
    actions: ['Clears the channel and relieves pain', 'Relieves headache and neck stiffness'],
    indications: ['Pain of the upper arm and shoulder', 'Stiff, painful neck', 'Headache', 'Toothache'],
    commentary:
      'A minor local point for pain of the back of the upper arm and, along the channel, for a stiff neck, headache and toothache.\n\nIt is needled in the belly of the triceps, usually as one point in a row along the arm for shoulder and arm pain, or where it is tender in a patient whose neck and shoulder pain runs down the back of the arm.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Xiaoluo on the upper arm with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Over the triceps.' },
    classificationNotes: {},
  },
  TE13: {
    area: 'Upper arm — back, below the shoulder',
    location: 'On the back of the arm, behind and below the lower border of the deltoid, 3 cun below the acromial angle.',
    convention: 'WHO 2008',
    howToLocate: 'From the hollow behind the acromion (TE14) go three cun down toward the elbow. The point lies just behind the lower edge of the deltoid.',
    needling: { directions: 'Straight in, 1–1.5 cun (some texts 0.5–1 cun).' },
    sensation: 'Heavy ache in the shoulder and upper arm.',
    safety: {},
    cautions: 'The radial nerve and deep brachial vessels lie close to the bone; do not needle to the periosteum.',
    actions: ['Transforms phlegm and dissipates nodules', 'Relieves pain of the shoulder and arm'],
    indications: ['Goitre, swollen glands of the neck', 'Pain of the shoulder and upper arm', 'Weakness of the arm, difficulty raising it'],
    commentary:
      'A meeting point of the channel with the yang wei vessel. Like TE10 it is used for lumps and swellings of the neck, such as goitre and swollen glands, and locally for shoulder and arm pain.\n\nFor the shoulder it extends the treatment of TE14 and LI15 downward when pain and weakness reach into the upper arm and the arm cannot be raised. The needle stays in the muscle behind the deltoid and does not go down to the bone.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Naohui below the shoulder with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { meeting: 'Triple energizer channel and yang wei vessel' },
  },
  TE14: {
    area: 'Shoulder — behind the acromion',
    location: 'On the shoulder, in the hollow between the acromial angle and the greater tubercle of the humerus.',
    convention: 'WHO 2008',
    howToLocate:
      'Raise the arm to the side: two hollows appear around the acromion. The front one is LI15; the back one, behind and below the acromion, is this point.',
    needling: {
      directions: 'With the arm raised, straight in toward the shoulder joint, 1–1.5 cun; with the arm down, obliquely downward along the humerus.',
    },
    sensation: 'Ache and distension spreading through the shoulder.',
    safety: {},
    cautions:
      'Keep strict asepsis when needling toward the joint, as the needle may reach the capsule and bursa. Do not force the needle against resistance, and do not needle into an acutely inflamed, hot joint.',
    actions: ['Expels wind-damp', 'Benefits the shoulder joint and relieves pain'],
    indications: ['Shoulder pain, frozen shoulder', 'Inability to raise the arm', 'Heaviness of the arm'],
    commentary:
      'A main local point for the shoulder, usually combined with LI15 in front. It is especially useful when pain is at the back of the shoulder or when lifting the arm sideways is restricted.\n\nIn frozen shoulder and wind-damp pain the two shoulder points are needled with the arm supported in a raised position, and moxibustion or a warm needle is added when the joint is cold and stiff. Gentle movement of the shoulder after the needles are removed helps the effect.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Jianliao behind the acromion with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold, stiff shoulders.' },
    classificationNotes: {},
  },
  TE15: {
    area: 'Upper back — above the scapula',
    location: 'In the scapular region, in the hollow just above the superior angle of the scapula.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper inner corner of the shoulder blade and press just above it; the point is in a hollow in the trapezius, roughly midway between GB21 and SI13.',
    needling: {
      directions: 'Straight in, 0.5–0.8 cun, aiming at the scapula. Never deep, and never forward toward the chest.',
    },
    sensation: 'Ache in the top of the shoulder.',
    safety: {
      lung: 'The apex of the lung lies below the top of the shoulder; deep or forward needling risks a pneumothorax.',
    },
    cautions: 'Keep shallow, especially in thin patients; stop if a cough or chest pain appears.',
    actions: ['Expels wind-damp', 'Relieves pain of the neck and shoulder'],
    indications: ['Neck stiffness', 'Pain of the shoulder and upper back', 'Fever without sweating'],
    commentary:
      'A meeting point with the gall bladder channel and the yang wei vessel, used locally for a stiff neck and shoulder pain; tight trapezius muscles are often tender here.\n\nIt is chosen with GB21 and SI13 for tension across the top of the shoulders, and traditionally also for fever without sweating. The lung apex lies below, so the needle is directed at the scapula and kept shallow; cupping and scraping are often the simpler way to treat this area.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Tianliao above the scapula with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: {
      cupping: 'A good spot for cups on the upper trapezius.',
      guaSha: 'Scraping the top of the shoulder for neck tension.',
    },
    classificationNotes: { meeting: 'Triple energizer and gall bladder channels and yang wei vessel' },
  },
  TE16: {
    area: 'Neck — side, behind the sternocleidomastoid',
    location: 'On the side of the neck, level with the angle of the mandible, in the hollow just behind the sternocleidomastoid muscle.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the angle of the jaw and move straight back at that level across the sternocleidomastoid until the finger drops off its back edge, below the mastoid process.',
    needling: { directions: 'Straight in, 0.5–1 cun.' },
    sensation: 'Local distension in the side of the neck.',
    safety: {},
    cautions: 'Large vessels of the neck lie in front of the muscle; keep behind it and do not angle forward.',
    actions: ['Benefits the head and the sense organs', 'Regulates qi between the body and the head', 'Relieves neck stiffness'],
    indications: ['Sudden deafness, blurred vision', 'Dizziness, headache', 'Stiff neck', 'Swelling of the face'],
    commentary:
      'One of the window of heaven points, whose role is to restore the passage of qi between the trunk and the head. Its classical use is for sudden dimming of the senses: sudden hearing loss or blurred sight.\n\nLocally it treats a stiff neck.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 21',
        note: 'Names it among the five window of heaven points, for sudden deafness and dimmed senses.',
      },
    ],
    therapyNotes: {
      cupping: 'Uneven neck surface close to large vessels.',
      guaSha: 'Gentle strokes down the side of the neck.',
    },
    classificationNotes: {},
  },
  TE17: {
    area: 'Behind the earlobe',
    location: 'Behind the earlobe, in the hollow in front of the lower end of the mastoid process.',
    convention: 'WHO 2008',
    howToLocate: 'Fold the earlobe back: its tip falls into the hollow between the mastoid process and the jaw. Pressing here is usually quite tender.',
    needling: {
      directions: 'Straight in, or angled slightly forward and inward, 0.5–1 cun (Chinese textbooks up to 1.2 cun). Use gentle manipulation.',
    },
    sensation: 'Distension deep in the ear or the side of the face.',
    safety: { nerve: 'The facial nerve leaves the skull just deep to this point; no strong or deep manipulation.' },
    cautions: 'Needle gently and not too deep. Avoid in acute ear infection with swelling behind the ear.',
    actions: ['Expels wind', 'Benefits the ears', 'Relieves pain and swelling of the face and jaw', 'Activates the channel in the face'],
    indications: ['Tinnitus, deafness, earache', 'Facial paralysis', 'Toothache, pain and stiffness of the jaw', 'Swelling of the cheek, mumps', 'Hiccup'],
    commentary:
      'The most important local point for the ear, used for tinnitus, deafness and earache with TE3 or TE5 as distal points.\n\nIts name, "wind screen", reflects its second role: expelling wind from the face in facial palsy. The facial nerve emerges just beneath it, and it is among the most tender points in early Bell\'s palsy.\n\nIt meets the gall bladder channel, which shares the region around the ear.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Yifeng behind the earlobe, as a meeting point of the hand and foot shaoyang channels.',
      },
    ],
    therapyNotes: { moxibustion: 'Gentle moxa for facial palsy from cold.', cupping: 'No flat surface behind the ear.' },
    classificationNotes: { meeting: 'Triple energizer and gall bladder channels' },
  },
  TE18: {
    area: 'Head — behind the ear, on the mastoid',
    location: 'On the head, at the centre of the mastoid process, one third of the way along the curve that runs behind the ear from TE17 to TE20.',
    convention: 'WHO 2008',
    howToLocate:
      'Trace the curve from TE17 up along the back of the ear to TE20 and divide it into thirds. The point is at the lower third mark, on the mastoid, often over a small visible vein.',
    needling: {
      directions: 'Transversely under the skin, 0.3–0.5 cun, or prick the small vein here to let a few drops of blood.',
    },
    sensation: 'Local distension behind the ear.',
    safety: {},
    cautions: 'Thin scalp over bone; keep transverse. Press firmly after bleeding.',
    actions: ['Benefits the ears', 'Calms fright and stops spasm'],
    indications: ['Tinnitus, deafness', 'Convulsions and fright in children', 'Headache', 'Vomiting and diarrhoea'],
    commentary:
      'The name refers to spasms, and the point was used for convulsions and fright in children, traditionally by letting a drop of blood from the small vein here. It also serves as a local point for tinnitus and deafness.\n\nOf the three points on the curve behind the ear it is the lowest and the one most used; TE19 above shares its uses. For the ear it is combined with TE17 and the points in front of the ear.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Chimai on the mastoid behind the ear with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Mild, small cones.', bloodletting: 'Pricking the small vein over the mastoid.' },
    classificationNotes: {},
  },
  TE19: {
    area: 'Head — behind the ear',
    location: 'On the head, two thirds of the way along the curve that runs behind the ear from TE17 to TE20.',
    convention: 'WHO 2008',
    howToLocate: 'Divide the curve behind the ear from TE17 to TE20 into thirds; the point is at the upper third mark, behind the upper part of the ear.',
    needling: { directions: 'Transversely under the scalp, 0.3–0.5 cun.' },
    sensation: 'Local distension behind the ear.',
    safety: { classical_no_needling: 'On the classical list of points not to be needled.' },
    cautions: 'Needle only transversely and shallow; many practitioners prefer pressure here.',
    actions: ['Benefits the ears', 'Calms fright and stops spasm'],
    indications: ['Tinnitus, earache', 'Headache', 'Convulsions and fright in children', 'Vomiting of milk in infants'],
    commentary:
      'A companion of TE18 with the same uses: ear problems locally and, traditionally, convulsions and vomiting of milk in children. Older texts advised against needling it.\n\nBecause of that old prohibition and the thin scalp over bone, many practitioners press or warm the point rather than needle it. When it is needled, the needle lies flat under the scalp and goes no deeper.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Luxi behind the ear with its location.',
      },
    ],
    therapyNotes: { moxibustion: 'Mild, small cones.' },
    classificationNotes: {},
  },
  TE20: {
    area: 'Head — above the ear',
    location: 'On the head, just above the apex of the ear.',
    convention: 'WHO 2008',
    howToLocate: 'Fold the ear forward: the point is on the scalp where the top of the ear touches it, directly above the ear apex.',
    needling: { directions: 'Transversely under the scalp, 0.3–0.5 cun.' },
    sensation: 'Local distension at the side of the head.',
    safety: { classical_no_needling: 'On the classical list of points not to be needled.' },
    cautions: 'Transverse and shallow only; in children, moxibustion or pressure are preferred.',
    actions: ['Benefits the ears', 'Clears heat and reduces swelling', 'Benefits the eyes and teeth'],
    indications: ['Swelling of the ear, earache', 'Mumps', 'Toothache, swollen gums', 'Redness and pain of the eyes', 'One-sided headache'],
    commentary:
      'A meeting point with the gall bladder channel. Its best-known use is for mumps, for which Chinese folk practice touches it briefly with a burning rush-pith wick.\n\nIt also treats swelling around the ear, toothache and red, sore eyes.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Jiaosun above the apex of the ear with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Rush-pith (lamp wick) moxa is traditional for mumps.' },
    classificationNotes: { meeting: 'Triple energizer and gall bladder channels (some texts add the large intestine)' },
  },
  TE21: {
    area: 'Face — in front of the ear',
    location: 'On the face, in the hollow between the supratragic notch and the condyle of the mandible.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to open the mouth. A hollow appears in front of the notch above the tragus, just above the one in front of the tragus (SI19); the point is in that upper hollow.',
    needling: {
      directions: 'With the mouth open, straight in 0.5–1 cun. Some practitioners thread it downward through SI19 to GB2.',
    },
    sensation: 'Distension in the ear.',
    safety: {
      vessel: 'The superficial temporal artery runs just in front of the ear; feel for it and insert beside it.',
    },
    cautions: 'Keep the mouth open while the needle is in; closing it on the needle hurts and can bend it.',
    actions: ['Benefits the ears', 'Clears heat from the channel'],
    indications: ['Tinnitus, deafness', 'Earache, discharge from the ear', 'Toothache of the upper jaw', 'Jaw stiffness'],
    commentary:
      'One of the three points in front of the ear (with SI19 and GB2) that are used locally for all ear problems: tinnitus, deafness, earache and discharge. TE21 is the highest of the three.\n\nThe three are sometimes used in turn, or threaded from this point downward through the other two. It also treats toothache of the upper jaw and stiffness of the jaw, and is needled only with the mouth open.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Ermen in front of the ear with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Gentle, indirect moxa only.' },
    classificationNotes: {},
  },
  TE22: {
    area: 'Head — temple, in front of the ear',
    location:
      'On the side of the head, at the back edge of the temple hairline, level with the root of the auricle, just behind the superficial temporal artery.',
    convention: 'WHO 2008 (named Erheliao; older texts write Heliao)',
    howToLocate:
      'Find the pulse of the superficial temporal artery in front of the upper root of the ear. The point lies just behind the pulse, at the back edge of the sideburn.',
    needling: { directions: 'Obliquely, 0.3–0.5 cun, after locating the artery and keeping the needle clear of it.' },
    sensation: 'Local distension at the temple.',
    safety: { vessel: 'The superficial temporal artery runs right in front of the point.' },
    cautions: 'Palpate the artery first; press the point after withdrawal.',
    actions: ['Expels wind and relieves pain', 'Benefits the ears and the jaw'],
    indications: ['Headache, heaviness of the head', 'Tinnitus', 'Lockjaw, facial paralysis', 'Swelling of the nose'],
    commentary:
      'A meeting point of the triple energizer, gall bladder and small intestine channels. It is used for one-sided headache and for facial problems around the ear and jaw.\n\nIn the entry and exit system the channel hands over here to GB1 at the outer corner of the eye.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Heliao at the temple in front of the ear with its location and needling.',
      },
    ],
    therapyNotes: { moxibustion: 'Close to the artery and the face.' },
    classificationNotes: {
      meeting: 'Triple energizer, gall bladder and small intestine channels',
      exit: 'Passes to the gall bladder channel at GB1',
    },
  },
  TE23: {
    area: 'Face — outer end of the eyebrow',
    location: 'On the head, in the hollow at the outer end of the eyebrow.',
    convention: 'WHO 2008',
    howToLocate: 'Follow the eyebrow outward to its end; the point is in the small dip on the bony rim of the orbit there.',
    needling: {
      directions: 'Transversely under the skin, 0.3–0.5 cun, backward toward the temple or along the eyebrow toward its middle.',
    },
    sensation: 'Distension at the temple or around the eye.',
    safety: { classical_no_moxibustion: 'On the classical list of points not treated with moxa; the eye is close.' },
    cautions: 'No moxibustion here. Keep the needle under the skin and away from the orbit; the area bruises easily.',
    actions: ['Expels wind and relieves pain', 'Benefits the eyes', 'Calms spasm'],
    indications: ['Headache at the temple or outer eyebrow', 'Red, painful eyes', 'Twitching of the eyelid', 'Dizziness', 'Facial paralysis'],
    commentary:
      'The last point of the triple energizer channel. It is used for headache around the temple and eyebrow, for eye problems and for twitching or drooping around the eye in facial palsy.\n\nIt is often threaded toward the extra point Taiyang or along the eyebrow to Yuyao.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Forbids moxibustion at Sizhukong, warning that it may damage the eye.',
      },
    ],
    therapyNotes: { moxibustion: 'Classically forbidden; the eye is near.' },
    classificationNotes: {},
  },
};

import type { PointTextsByCode } from '../../textsSchema.ts';

/** Small intestine channel of hand taiyang, SI1–SI19: the English texts, in our own words. */
export const smallIntestineTexts: PointTextsByCode = {
  SI1: {
    area: 'Little finger — ulnar side of the nail',
    location:
      'On the little finger, on the ulnar side of the distal phalanx, 0.1 finger-cun from the ulnar corner of the nail, where a line along the ulnar nail edge meets a line along the nail base.',
    convention: 'WHO 2008',
    howToLocate:
      'On the outer (ulnar) side of the little fingernail, extend its edge and its base as lines; the point is where they cross, just beyond the corner.',
    needling: { directions: 'About 0.1 cun, angled toward the hand, or pricked to let a few drops of blood.' },
    sensation: 'A sharp local prick.',
    safety: { painful: 'Fingertip points are very sensitive to needling.' },
    cautions:
      'Clean the skin well before pricking. Warn the patient that the fingertip is very sensitive, and press the point with a clean swab after letting blood. Avoid pricking in patients who bleed easily.',
    actions: ['Promotes lactation and benefits the breasts', 'Clears heat and benefits the throat and eyes', 'Revives consciousness'],
    indications: [
      'Insufficient breast milk',
      'Breast abscess, painful swollen breasts',
      'Sore throat, eye inflammation, headache',
      'Loss of consciousness, high fever',
      'Stiff neck',
    ],
    commentary:
      'The well point and metal point of the small intestine, where the channel takes over the flow of qi from the heart channel at HT9. Its characteristic use is for the breasts: it is one of the main distal points to bring in milk and to treat mastitis, usually with CV17 and ST18.\n\nAs a well point it also clears heat from the upper body and helps revive consciousness.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the well (jing) point of the hand taiyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Small cones or stick moxa for scanty milk.',
      bloodletting: 'Pricking in fever, sore throat or acute breast swelling.',
    },
    classificationNotes: { entry: 'Receives the heart channel from HT9' },
  },
  SI2: {
    area: 'Little finger — ulnar side, distal to the knuckle',
    location:
      'On the little finger, in the hollow just distal to the ulnar side of the fifth metacarpophalangeal joint, on the border between palm skin and back-of-hand skin.',
    convention: 'WHO 2008; at the ulnar end of the palmar crease of the joint when the hand is slightly flexed.',
    howToLocate:
      'With the fingers slightly curled, follow the crease at the base of the little finger out to its end on the ulnar border; the point is there, just in front of the knuckle.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun (many texts keep to 0.2–0.3 cun).' },
    sensation: 'Sharp local ache.',
    safety: {},
    cautions:
      'Shallow insertion; the joint capsule lies just behind the point. Insert quickly through the sensitive skin and do not push into the joint itself.',
    actions: ['Clears heat and reduces swelling', 'Benefits the eyes, ears and throat', 'Promotes lactation'],
    indications: ['Fever without sweating', 'Tinnitus, eye pain, sore throat', 'Scanty breast milk, mastitis', 'Numbness of the fingers', 'Stiff neck'],
    commentary:
      "The spring point and water point of the small intestine. Like most spring points it is mainly used to clear heat, here from the upper reaches of the taiyang channel: the ears, eyes and throat.\n\nIt shares SI1's use for scanty milk and breast swelling.",
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the spring (ying) point of the hand taiyang.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI3: {
    area: 'Hand — ulnar border, behind the little-finger knuckle',
    location:
      'On the back of the hand, in the hollow just proximal to the ulnar side of the fifth metacarpophalangeal joint, on the border between palm skin and back-of-hand skin.',
    convention: 'WHO 2008; at the ulnar end of the distal palmar crease when the hand is slightly flexed.',
    howToLocate:
      'Ask for a loose fist. The distal crease of the palm ends on the little-finger border just behind the knuckle, in a small fold of skin; the point is at the end of that crease.',
    needling: {
      directions:
        'With a loose fist, insert perpendicularly toward the palm side of the second metacarpal (toward LI3 or PC8), 0.5–1 cun. Deeper threading across the palm is used for contracted fingers.',
    },
    sensation: 'A strong ache spreading through the palm, sometimes to the fingers.',
    safety: {},
    cautions: 'Strong stimulation is quite painful; adjust to the patient. Moving the neck gently during needling is often encouraged.',
    actions: [
      'Benefits the back of the neck and the spine',
      'Opens and regulates the governor vessel',
      'Expels wind and clears heat, including heat in the exterior',
      'Calms the mind',
      'Benefits the ears and eyes',
    ],
    indications: [
      'Stiff neck, acute neck pain, whiplash',
      'Acute low back sprain, pain along the spine',
      'Headache at the back of the head',
      'Fever with chills, malaria',
      'Epilepsy, mania',
      'Tinnitus, deafness, red eyes',
    ],
    commentary:
      'The stream point and wood point of the small intestine; wood is the mother of fire, so it is the tonification point of this fire channel. Its fame, however, comes from being the opening point of the governor vessel, paired with BL62.\n\nIt is the first-choice distal point for an acutely stiff neck and for pain running along the spine, and for a sudden low back sprain the patient is often asked to bend and turn while it is stimulated.\n\nThrough the governor vessel it also treats disorders of the brain and mind, such as epilepsy, and it clears heat lodged between the exterior and the interior, the reason for its classical use in malaria.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the stream (shu) point of the hand taiyang.',
      },
      {
        work: 'Zhen Jing Zhi Nan (Guide to the Classic of Acupuncture, Dou Hanqing, Jin–Yuan era)',
        note: 'Pairs it with BL62 among the eight points that open the extraordinary vessels.',
      },
    ],
    therapyNotes: { guaSha: 'Along the ulnar border of the hand for neck tension.' },
    classificationNotes: { confluent: 'Governor vessel (Du Mai)' },
  },
  SI4: {
    area: 'Hand — ulnar border, at the base of the 5th metacarpal',
    location:
      'On the back-inner side of the wrist, in the hollow between the base of the fifth metacarpal bone and the triquetrum, on the border between palm skin and back-of-hand skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Put a finger on SI3 and slide it back along the ulnar border of the fifth metacarpal until it is stopped by a bony bump (the base of the bone). The point is in the hollow just beyond it, between the metacarpal and the carpal bone.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun, toward the palm.' },
    sensation: 'Local ache at the wrist.',
    safety: {},
    cautions: 'Shallow only; the carpal joints are close. Do not push into the joint space, and insert with the wrist relaxed.',
    actions: ['Clears damp-heat', 'Opens the channel and relieves pain', 'Benefits the wrist and fingers'],
    indications: [
      'Jaundice, pain in the side of the chest',
      'Pain and weakness of the wrist, contracted fingers',
      'Stiff, painful neck and head',
      'Tinnitus, eye disorders',
      'Fever without sweating',
    ],
    commentary:
      'The source point of the small intestine. Its classic specific use is jaundice from damp-heat, for which it is combined with GB34 and points of the liver and gallbladder.\n\nLocally it is a good point for pain of the wrist and for stiff, contracted fingers.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the source point of the hand taiyang.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { source: 'Yuan-source point of the small intestine channel' },
  },
  SI5: {
    area: 'Wrist — ulnar side, below the ulnar styloid',
    location: 'On the back-inner side of the wrist, in the hollow between the triquetrum and the styloid process of the ulna.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the tip of the ulnar styloid at the little-finger side of the wrist; the point is in the hollow just beyond it toward the hand, at the ulnar end of the dorsal wrist crease.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun, into the hollow.' },
    sensation: 'Ache in the wrist.',
    safety: {},
    cautions:
      'Avoid the joint capsule; keep shallow. Keep the needle in the hollow rather than in the tendons beside it, and do not manipulate strongly in a swollen, inflamed wrist.',
    actions: ['Clears heat and reduces swelling', 'Calms the mind', 'Benefits the wrist'],
    indications: ['Pain of the wrist and the outer side of the arm', 'Swelling of the neck and jaw', 'Tinnitus, deafness, toothache', 'Fever, manic raving'],
    commentary:
      'The river point and fire point of the small intestine: the fire point of a fire channel, hence its horary point. It is used mostly for local wrist pain and for heat affecting the neck, jaw and ears.\n\nAmong the wrist points of the channel it is the one for heat: swelling of the neck and jaw, ringing in the ears, toothache, a fever with raving. For a painful wrist it combines with the neighbouring points on the back of the wrist; the hollow is easiest to find with the hand tilted slightly toward the thumb.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the river (jing) point of the hand taiyang.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { horary: 'Fire point of the fire channel' },
  },
  SI6: {
    area: 'Forearm — back, beside the head of the ulna',
    location: 'On the back-inner side of the forearm, in the hollow on the radial side of the head of the ulna, 1 cun above the dorsal wrist crease.',
    convention: 'WHO 2008',
    howToLocate:
      'With the palm facing down, put a fingertip on the top of the bony head of the ulna. Now turn the palm toward the chest: the finger slides into a cleft on the thumb side of the bone. That cleft is the point.',
    needling: { directions: 'With the palm turned to the chest, insert obliquely toward the elbow, 0.5–0.8 cun.' },
    sensation: 'An ache that may spread up the forearm toward the elbow or shoulder.',
    safety: {},
    cautions: 'Locate with the forearm turned as described, or the cleft closes.',
    actions: ['Benefits the eyes', 'Relaxes the sinews and relieves acute pain', 'Opens the channel'],
    indications: [
      'Blurred or failing vision, especially in older people',
      'Acute pain of the shoulder, scapula and arm',
      'Acute neck or low back pain',
      'Pain of the wrist',
    ],
    commentary:
      'The cleft point of the small intestine. Following the usual rule for yang cleft points it serves acute pain along the channel, especially a shoulder and shoulder blade that suddenly seize up.\n\nIts name, "nursing the aged", refers to its traditional use for the failing eyesight and stiffness of old age.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the cleft (xi) point of the hand taiyang.',
      },
    ],
    therapyNotes: { moxibustion: 'Traditionally warmed for failing eyesight.' },
    classificationNotes: { cleft: 'Xi-cleft point of the small intestine channel' },
  },
  SI7: {
    area: 'Forearm — back-inner side, middle',
    location:
      'On the back-inner side of the forearm, between the medial border of the ulna and the flexor carpi ulnaris, 5 cun above the dorsal wrist crease, on the line from SI5 to SI8.',
    convention: 'WHO 2008; 1 B-cun distal to the midpoint of the SI5–SI8 line.',
    howToLocate: 'Find the midpoint between SI5 at the wrist and SI8 at the elbow, then go one cun back toward the wrist, along the inner edge of the ulna.',
    needling: { directions: 'Perpendicular or slightly oblique, 0.5–0.8 cun, along the edge of the ulna.' },
    sensation: 'Local ache spreading along the forearm.',
    safety: {},
    cautions:
      'No special hazard. Keep to the edge of the ulna and avoid visible veins; if a tingling runs into the little finger, the ulnar nerve has been touched and the needle should be drawn back a little.',
    actions: ['Calms the mind', 'Clears heat and releases the exterior', 'Activates the channel and relieves pain'],
    indications: [
      'Anxiety, fear, manic and depressive states',
      'Fever with chills, stiff neck',
      'Pain and weakness of the elbow and arm',
      'Warts and skin tags',
      'Headache and dizziness',
    ],
    commentary:
      'The connecting point of the small intestine. Its luo vessel joins the heart channel, which explains its use in emotional disorders ranging from fear and sadness to agitation.\n\nAn old empirical use is for warts and small skin growths, based on a classical description of the symptoms of its luo vessel.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the luo-connecting point of the hand taiyang.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { connecting: 'Luo-connecting point of the small intestine channel' },
  },
  SI8: {
    area: 'Elbow — back-inner side, ulnar groove',
    location: 'On the back-inner side of the elbow, in the hollow between the olecranon and the medial epicondyle of the humerus.',
    convention: 'WHO 2008; in the groove of the ulnar nerve.',
    howToLocate:
      'Bend the elbow slightly. Between the point of the elbow (olecranon) and the bony knob on the inner side (medial epicondyle) is a groove; the point is in it, over the "funny bone" nerve.',
    needling: {
      directions:
        'Perpendicular, 0.3–0.5 cun, gently; an electric jolt to the little finger shows the nerve has been touched and the needle should be withdrawn slightly.',
    },
    sensation: 'Tingling or an electric feeling running to the ring and little fingers.',
    safety: { nerve: 'Lies directly over the ulnar nerve in its groove; avoid repeated or deep needling.' },
    cautions: 'Do not manipulate strongly; never lift and thrust over the nerve.',
    actions: ['Clears damp-heat', 'Calms the mind', 'Activates the channel and relieves pain'],
    indications: [
      'Pain and numbness of the elbow and the ulnar side of the arm',
      'Swelling of the neck and cheek, scrofula',
      'Epilepsy, mania',
      'Tinnitus and deafness',
    ],
    commentary:
      'The sea point and earth point of the small intestine; earth is the child of fire, so it is the draining point of the channel. Most of its use is local, for pain and numbness of the elbow and the little-finger side of the forearm.\n\nClassically it also treats swellings of the neck and disorders of the mind such as epilepsy.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the sea (he) point of the hand taiyang.',
      },
    ],
    therapyNotes: { guaSha: 'Pressure on the nerve is unpleasant.' },
    classificationNotes: {},
  },
  SI9: {
    area: 'Shoulder — back, above the posterior axillary fold',
    location: 'On the shoulder, behind and below the shoulder joint, 1 cun above the posterior axillary fold.',
    convention: 'WHO 2008; measured with the arm hanging beside the body.',
    howToLocate:
      "With the arm at the side, find the top of the fold of skin at the back of the armpit. Go 1 cun straight up; the point is behind the deltoid, over the shoulder blade's outer edge.",
    needling: {
      directions: 'Perpendicular, 1–1.5 cun, or obliquely toward the armpit; never aim medially toward the chest.',
    },
    sensation: 'A heavy ache in the back of the shoulder, sometimes radiating down the arm to the fingers.',
    safety: {
      lung: 'A needle angled medially could pass over the ribs into the chest; keep it directed forward or toward the armpit.',
    },
    cautions: 'Follow the stated angle; in thin patients keep to the shallower depth.',
    actions: ['Expels wind and benefits the shoulder', 'Activates the channel and relieves pain'],
    indications: ['Pain of the shoulder and scapula', 'Inability to lift the arm', 'Numbness or paralysis of the arm', 'Tinnitus'],
    commentary:
      'A key point for the back of the shoulder, used for frozen shoulder, pain on reaching behind and weakness of the arm. It is often combined with LI15 and TE14 and with the tender points of the posterior cuff muscles.\n\nChoose it when the pain sits at the back of the armpit and the arm cannot be brought across the chest or behind the back. Direct the needle forward or toward the armpit, never toward the chest; a strong ache spreading down the arm shows it has reached the right layer. Its older use for tinnitus follows the channel up to the ear.',
    classicalSources: [],
    therapyNotes: {
      cupping: 'Fits well on the back of the shoulder.',
      bloodletting: 'Pricking and cupping for acute local stasis.',
    },
    classificationNotes: {},
  },
  SI10: {
    area: 'Shoulder — back, below the scapular spine',
    location: 'On the shoulder, directly above the posterior axillary fold, in the hollow just below the spine of the scapula.',
    convention: 'WHO 2008; straight above SI9.',
    howToLocate: 'From SI9 slide straight up until the finger meets the lower edge of the spine of the scapula; the point is in the hollow under the bone.',
    needling: { directions: 'Perpendicular or obliquely, 0.8–1.5 cun, into the posterior deltoid and infraspinatus.' },
    sensation: 'Deep ache in the back of the shoulder.',
    safety: {},
    cautions: 'No special hazard; the bone stops the needle. Do not angle down toward the armpit from here, and use the shallower depth in thin patients.',
    actions: ['Benefits the shoulder', 'Relieves pain and swelling'],
    indications: ['Pain and swelling of the shoulder', 'Weakness or inability to lift the arm', 'Scrofula'],
    commentary:
      'A local point for the back of the shoulder, and a meeting point with the yang linking and yang motility vessels. It is useful when pain sits high at the back of the joint under the scapular spine.\n\nWith SI9 below it and the point in the middle of the shoulder blade, it forms the usual group for a stiff, painful back of the shoulder; choose among them by tenderness. Moxa or a cup over it helps when the pain is worse with cold.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {
      meeting: 'Small intestine channel, yang linking and yang motility vessels (some texts add the bladder)',
    },
  },
  SI11: {
    area: 'Scapula — infraspinous fossa',
    location:
      'On the shoulder blade, in the hollow one third of the way down the line from the midpoint of the scapular spine to the inferior angle of the scapula.',
    convention: 'WHO 2008',
    howToLocate:
      'Draw a line from the middle of the spine of the scapula down to its lower tip and divide it into thirds. The point is at the upper third, in the middle of the infraspinatus; pressure there is usually strikingly tender.',
    needling: { directions: 'Perpendicular onto the bone, or obliquely in several directions, 0.5–1 cun.' },
    sensation: 'A strong, spreading ache over the shoulder blade, often into the arm or the chest.',
    safety: {},
    cautions: 'The shoulder blade is thin; do not force the needle against the bone.',
    actions: ['Activates the channel and relieves pain', 'Moves qi in the chest and the breasts', 'Benefits the shoulder blade'],
    indications: [
      'Pain of the shoulder blade and shoulder',
      'Inability to raise the arm',
      'Breast pain, mastitis, scanty milk',
      'Fullness of the chest and side, cough',
    ],
    commentary:
      'One of the most used shoulder points and nearly always tender when the shoulder or upper arm hurts. Pressing it firmly often brings relief that can be felt down the arm.\n\nIt lies on the back directly opposite the breast, and is a standard point for breast pain, mastitis and poor milk flow.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'Pricking and cupping for acute mastitis or local stasis.' },
    classificationNotes: {},
  },
  SI12: {
    area: 'Scapula — supraspinous fossa',
    location: 'On the shoulder blade, in the supraspinous fossa, directly above the midpoint of the spine of the scapula.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the middle of the spine of the scapula and move up into the hollow above it (the supraspinous fossa); a depression appears when the arm is raised.',
    needling: {
      directions: 'Perpendicular or oblique, 0.5–1 cun, into the supraspinatus; the floor of the fossa stops the needle.',
    },
    sensation: 'Ache and heaviness across the top of the shoulder blade.',
    safety: {},
    cautions: 'Do not angle forward over the top of the scapula toward the neck.',
    actions: ['Expels wind and benefits the shoulder blade', 'Activates the channel'],
    indications: ['Pain of the shoulder blade', 'Inability to raise the arm', 'Numbness and aching of the arm'],
    commentary:
      'A local point for the supraspinatus region, used for pain on lifting the arm. It is a meeting point of the three hand yang channels with the gallbladder channel.\n\nIts name, "grasping the wind", reflects the old idea that wind settles at the top of the shoulder blade and causes aching and numbness down the arm. Choose it for pain at the top of the shoulder when the arm is raised sideways, and feel for a tender band in the fossa above the spine of the scapula.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: { meeting: 'Small intestine, large intestine, triple energizer and gallbladder channels' },
  },
  SI13: {
    area: 'Scapula — medial end of the supraspinous fossa',
    location: 'On the shoulder blade, in the hollow above the medial end of the spine of the scapula.',
    convention:
      'WHO 2008; placed above the medial end of the scapular spine. The midpoint of the line from SI10 to the spinous process of T2 is the traditional cross-check; on broad shoulders it falls a little further out.',
    howToLocate:
      'Follow the spine of the scapula toward the spine until it ends; the point is in the hollow just above that end, about halfway between SI10 and the spinous process of T2.',
    needling: {
      directions: 'Oblique insertion aimed outward onto the scapula, 0.5–0.8 cun (perpendicular up to 1 cun only where the bone is felt beneath).',
    },
    sensation: 'Local ache at the inner upper corner of the shoulder blade.',
    safety: {
      lung: 'Near the medial border of the scapula the ribs and pleura are close; angle the needle out over the bone.',
    },
    cautions:
      'Do not angle medially or deep. Keep the needle over the bone of the shoulder blade, especially in thin patients, and stop if the patient coughs or feels a sudden chest pain.',
    actions: ['Benefits the shoulder blade', 'Relaxes the sinews and relieves pain'],
    indications: ['Pain and stiffness of the shoulder blade', 'Tension between the shoulder blades', 'Pain of the upper back on turning'],
    commentary:
      'A local point for pain and knotted muscle at the upper inner corner of the shoulder blade, a common site of tension from desk work.\n\nIt is usually chosen by palpation, together with the neighbouring points at the base of the neck and beside the spine. Keep the needle angled out over the bone; acupressure, cupping and gua sha over this corner often relieve as much as the needle.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI14: {
    area: 'Upper back — level of T1, 3 cun lateral',
    location: 'On the upper back, level with the lower border of the spinous process of T1, 3 cun lateral to the back midline.',
    convention: 'WHO 2008; on the vertical line of the medial end of the scapular spine.',
    howToLocate: 'Find T1 (the first prominent spinous process below C7). Go straight out 3 cun, to the line of the inner border of the shoulder blade.',
    needling: {
      directions: 'Oblique insertion, aimed outward over the scapula, 0.5–0.8 cun. Never deep and perpendicular.',
    },
    sensation: 'Ache and heaviness at the base of the neck and top of the shoulder blade.',
    safety: {
      lung: 'The apex of the lung lies under the upper ribs here; deep perpendicular needling risks a pneumothorax.',
    },
    cautions: 'Oblique and shallow only, particularly in thin patients.',
    actions: ['Expels wind-cold', 'Relaxes the sinews and relieves pain', 'Benefits the neck and shoulder'],
    indications: ['Pain and cold of the shoulder and upper back', 'Stiff neck', 'Pain spreading to the elbow'],
    commentary:
      'A local point for the upper back and the base of the neck, commonly used with SI15 and GB21 for a stiff neck and shoulders exposed to wind and cold.\n\nFeel for it when the muscles that lift the shoulder blade are knotted near their attachment at its upper inner angle. Warm it with moxa or a cup when cold makes the stiffness worse, and needle only obliquely outward over the scapula, since the apex of the lung lies close.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Good for cold and stiffness.' },
    classificationNotes: {},
  },
  SI15: {
    area: 'Upper back — level of C7, 2 cun lateral',
    location: 'On the upper back, level with the lower border of the spinous process of C7, 2 cun lateral to the back midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find C7, the most prominent bone at the base of the neck. Go 2 cun straight out to either side.',
    needling: {
      directions: 'Oblique insertion, pointing outward, 0.5–0.8 cun; deep perpendicular needling is avoided.',
    },
    sensation: 'Ache at the base of the neck, sometimes spreading to the shoulder.',
    safety: { lung: 'The dome of the pleura rises close to this level; keep the needle oblique and shallow.' },
    cautions:
      'Oblique and shallow only. Never needle perpendicularly or toward the chest, take particular care in thin patients, and stop at once if a cough or sudden chest pain appears.',
    actions: ['Descends lung qi and stops cough', 'Relieves pain of the shoulder and back'],
    indications: ['Cough, wheezing, coughing of blood', 'Pain of the shoulder and upper back', 'Stiff neck', 'Blurred vision'],
    commentary:
      'Besides its local use for the neck and upper back, the point has a classical use for cough and wheezing, which it shares with nearby points over the upper lung.\n\nIn practice it is chosen for stiffness at the base of the neck that spreads to the shoulder, together with the local tender points, and as a back point for chronic cough. Because the dome of the pleura rises close by, it is treated with an oblique, shallow needle, or with cupping and gua sha.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI16: {
    area: 'Neck — lateral, behind the sternocleidomastoid',
    location: 'On the side of the neck, just behind the sternocleidomastoid muscle, level with the upper border of the thyroid cartilage.',
    convention: 'WHO 2008; level with ST9 and LI18, behind the muscle.',
    howToLocate: "Level with the top of the Adam's apple, find LI18 in the middle of the sternocleidomastoid and move back past the muscle's posterior edge.",
    needling: {
      directions: 'Perpendicular, 0.5–0.8 cun (some texts 1 cun), without aiming toward the front of the neck.',
    },
    sensation: 'A local ache, sometimes spreading toward the ear or the shoulder.',
    safety: {
      vessel: 'The internal jugular vein and carotid artery lie deep and in front; avoid deep or forward-angled needling.',
    },
    cautions:
      'Keep within the depth given. Do not angle the needle toward the front of the neck; feel for the arterial pulse before inserting and press after withdrawal.',
    actions: ['Benefits the ears and throat', 'Calms the mind', 'Activates the channel in the neck'],
    indications: ['Sudden loss of voice, sore throat', 'Tinnitus and deafness', 'Stiff and painful neck', 'Swelling of the cheek'],
    commentary:
      'A window of heaven point, used when qi gets stuck between the trunk and the head: sudden loss of voice, a blocked throat, sudden deafness.\n\nThe Ling Shu lists it among a ring of points around the throat, each attached to a different channel.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names Tianchuang in its list of points encircling the neck and attaches it to the hand taiyang.',
      },
    ],
    therapyNotes: { moxibustion: 'Light stick moxa only.', guaSha: 'Light strokes down the side of the neck.' },
    classificationNotes: {},
  },
  SI17: {
    area: 'Neck — behind the angle of the jaw',
    location: 'On the upper neck, behind the angle of the mandible, in the hollow in front of the sternocleidomastoid muscle.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the angle of the jaw and slide a finger just behind it; the point is in the soft hollow between the jaw and the front edge of the sternocleidomastoid.',
    needling: {
      directions: 'Perpendicular toward the root of the tongue, 0.5–0.8 cun (some texts to 1 cun); avoid deeper insertion.',
    },
    sensation: 'An ache that may spread to the throat, tongue or ear.',
    safety: { vessel: 'The internal jugular vein and the carotid artery run deep to the hollow.' },
    cautions: 'Keep the depth moderate and do not manipulate vigorously.',
    actions: ['Benefits the throat and neck', 'Reduces swelling and dissipates nodules', 'Benefits the ears'],
    indications: ['Sore, swollen throat, difficulty swallowing', 'Swelling of the neck, goitre, mumps', 'Tinnitus and deafness', 'Stiff neck'],
    commentary:
      "Also a window of heaven point, used for swellings of the throat and neck and for hearing problems. In the Ling Shu's list of neck points, Tianrong is attached to the foot shaoyang; later texts moved it to the hand taiyang.\n\nIt is chosen for a sore, swollen throat with difficult swallowing, for swollen glands under the jaw, and for tinnitus with a stiff neck. The great vessels of the neck lie deep to the hollow, so the needle goes in gently toward the root of the tongue and is not strongly manipulated.",
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists Tianrong among the points around the neck, then under the foot shaoyang.',
      },
    ],
    therapyNotes: { moxibustion: 'Light stick moxa only.', guaSha: 'Light strokes only.' },
    classificationNotes: {},
  },
  SI18: {
    area: 'Face — below the cheekbone',
    location: 'On the face, in the hollow directly below the outer corner of the eye, under the lower border of the zygomatic bone.',
    convention: 'WHO 2008',
    howToLocate:
      'Drop a line straight down from the outer corner of the eye to the lower edge of the cheekbone; the point is in the hollow just under the bone.',
    needling: {
      directions: 'Perpendicular 0.3–0.5 cun, or obliquely/transversely 0.5–1 cun toward other facial points in facial palsy.',
    },
    sensation: 'A spreading ache across the cheek, sometimes to the teeth.',
    safety: { classical_no_moxibustion: 'On the classical list of points not given moxa.' },
    cautions: 'Do not use moxa. Facial vessels bruise easily; press after withdrawal.',
    actions: ['Expels wind and relieves pain', 'Reduces swelling', 'Clears heat'],
    indications: ['Facial palsy, twitching of the eyelids', 'Trigeminal neuralgia, pain of the cheek', 'Toothache of the upper jaw', 'Yellow eyes, red face'],
    commentary:
      'A principal local point for the face, used in facial palsy, facial pain and upper toothache. It is a meeting point of the small intestine and triple energizer channels.\n\nIn facial palsy it is threaded toward the points of the cheek and mouth; in facial neuralgia it serves the middle of the face, often with a distal point on the hand. Moxa is not used here, out of respect for the classical prohibition.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Classically forbidden.',
      cupping: 'Only small flash cups in facial palsy.',
      guaSha: 'Very light facial technique only.',
    },
    classificationNotes: { meeting: 'Small intestine and triple energizer channels' },
  },
  SI19: {
    area: 'Face — in front of the tragus',
    location:
      'On the face, in the hollow between the front edge of the middle of the tragus and the back edge of the condyle of the mandible; between TE21 above and GB2 below.',
    convention: 'WHO 2008; located with the mouth slightly open.',
    howToLocate:
      'Ask the patient to open the mouth slightly. A hollow forms in front of the middle of the tragus as the jaw joint slides forward; the point is in that hollow.',
    needling: {
      directions: 'With the mouth open, insert perpendicularly 0.5–1 cun (some texts to 1.5 cun); the patient may close the mouth once the needle is in.',
    },
    sensation: 'A distension or fullness deep in the ear, sometimes with a change in hearing.',
    safety: {},
    cautions: 'Insert only with the mouth open. The superficial temporal vessels run just in front; press after withdrawal.',
    actions: ['Benefits the ears', 'Calms the mind'],
    indications: ['Tinnitus and deafness', 'Discharge or pain of the ear', 'Pain or clicking of the jaw joint', 'Toothache', 'Epilepsy, manic behaviour'],
    commentary:
      'The last point of the small intestine channel and its main point for the ear, used for almost any ear complaint: ringing, hearing loss, ear pain and discharge. It is a meeting point of the small intestine, triple energizer and gallbladder channels, all three of which circle the ear.\n\nFrom here the qi passes to the bladder channel at BL1, the inner corner of the eye.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 75',
        note: 'In its method for lifting what clouds the ears and eyes, directs the needle to Tinggong at midday so that hearing returns.',
      },
    ],
    therapyNotes: { moxibustion: 'Stick moxa at a distance.' },
    classificationNotes: {
      meeting: 'Small intestine, triple energizer and gallbladder channels',
      exit: 'Passes the qi to the bladder channel at BL1',
    },
  },
};

/**
 * The mannequin: named anatomical parts as SDF primitives, and the landmarks they define.
 * Built for the figure's LEFT half (x ≥ 0) plus the midline; the body is the mirror image of this
 * (the SDF is evaluated at |x|). Reference frame: a 1.75 m adult, metres, +Y up, soles on y = 0,
 * facing +Z, the figure's left is +X. Scaling to the wanted height happens in buildBody.
 */
import {
  type Frame,
  type SdfNode,
  type V3,
  add,
  blend,
  blendEach,
  capsule,
  carve,
  clipPlane,
  cross,
  dot,
  ellipsoid,
  frameAlong,
  lerp,
  madd,
  norm,
  rotate,
  roundBox,
  roundCone,
  scale,
  sphere,
  sub,
  union,
  compile,
  thicken,
} from './sdf.ts';
import type { Shape } from './params.ts';
import { buildHead } from './head.ts';

/** A landmark as construction knows it: a point near the skin and the outward direction there. */
export interface Seed {
  name: string; // stored name for midline, base name for paired (left side built, right mirrored)
  paired: boolean;
  p: V3;
  dir: V3;
  reach?: number | undefined;
}

/** Where the colour regions are (hair, lips, nails, nipples), in the reference frame. */
export interface Regions {
  nails: { c: V3; r: number }[];
  lips: { c: V3; r: V3 }[];
  nipples: { c: V3; r: number }[];
  head: { c: V3 };
  ears: { c: V3; r: number }[];
  eyes: { c: V3; r: number; axis: V3; f: (x: number, y: number, z: number) => number }[];
}

export interface Anatomy {
  root: SdfNode;
  seeds: Seed[];
  regions: Regions;
  hairline: (x: number, y: number, z: number) => number; // >0 in the hair
}

const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];
const deg = Math.PI / 180;

export function buildAnatomy(s: Shape): Anatomy {
  const seeds: Seed[] = [];
  const mid = (name: string, p: V3, dir: V3, reach?: number) => seeds.push({ name, paired: false, p: [0, p[1], p[2]], dir: norm([0, dir[1], dir[2]]), reach });
  const lm = (name: string, p: V3, dir: V3, reach?: number) => seeds.push({ name, paired: true, p, dir: norm(dir), reach });
  const regions: Regions = { nails: [], lips: [], nipples: [], head: { c: [0, 1.655, -0.012] }, ears: [], eyes: [] };
  const m = s.muscle;
  const G = s.girth;
  const F = s.female;

  // ================================================================ HEAD
  const headOut = buildHead(s, mid, lm);
  const head = headOut.node;
  regions.lips.push(...headOut.lips);
  regions.ears.push(...headOut.ears);
  regions.eyes.push(...headOut.eyes);

  // ================================================================ NECK AND TRUNK
  const neck = roundCone([0, 1.445, -0.03], [0, 1.585, -0.016], s.neckR * 1.08, s.neckR * 0.92);
  const scm = capsule([0.058, 1.598, -0.032], [0.024, 1.444, 0.046], 0.0115);
  const larynx = ellipsoid([0, 1.484, 0.026], [0.011 + 0.003 * s.larynx, 0.016, 0.012 + 0.006 * s.larynx]);
  const trapezius = capsule([0.02, 1.505, -0.056], [s.shoulderX - 0.03, 1.452, -0.03], 0.03);
  const c7 = ellipsoid([0, 1.481, -0.081], [0.011, 0.012, 0.011]);

  const cx = s.chestR;
  const chest = ellipsoid([0, 1.29, -0.008], cx);
  const ribFront = ellipsoid([0, 1.27, 0.006], [cx[0] * 0.88, 0.125, cx[2] * 0.93]); // rib cage front with costal margin
  const upperChest = ellipsoid([0, 1.405, -0.02], [s.shoulderX - 0.03, 0.06, 0.082]);
  const pect = ellipsoid([0.068, 1.322, 0.05], [0.075, 0.052, 0.045 + 0.01 * m], frameAlong(norm([0.35, 1, 0]), Z));
  const waist = ellipsoid([0, 1.115, -0.002], s.waistR);
  const belly = ellipsoid([0, 1.02, 0.018], [s.waistR[0] * 0.92, 0.1, s.waistR[2] * 0.9]);
  const pelvis = ellipsoid([0, 0.94, -0.01], s.pelvisR);
  const hip = ellipsoid([s.hipX - 0.075, 0.91, -0.012], [0.08, 0.1, 0.09]);
  const glute = ellipsoid([0.066, 0.878, -0.065], [0.074, 0.088, 0.066 + (F ? 0.01 : 0)]);
  const lat = ellipsoid([0.108, 1.25, -0.035], [0.036, 0.12, 0.068], frameAlong([-0.25, 1, 0], Z));
  const scapula = ellipsoid([0.088, 1.368, -0.079], [0.056, 0.07, 0.03], frameAlong([-0.12, 1, 0.1], [0.05, 0.1, -1]));
  const scapSpine = capsule([0.055, 1.407, -0.108], [0.15, 1.428, -0.082], 0.0055);
  const erector = ellipsoid([0.028, 1.15, -0.078], [0.026, 0.2, 0.03]);
  const clavMed: V3 = [0.022, 1.443, 0.052];
  const clavBend: V3 = [0.085, 1.449, 0.04];
  const clavLat: V3 = [s.shoulderX - 0.02, 1.455, -0.012];
  const clavicle = blend(0.01, [capsule(clavMed, clavBend, 0.0078), capsule(clavBend, clavLat, 0.0072)]);
  const costal = blend(0.02, [capsule([0.0, 1.236, 0.092], [0.055, 1.192, 0.086], 0.005), capsule([0.055, 1.192, 0.086], [0.105, 1.14, 0.065], 0.005)]);
  const clavMid: V3 = lerp(clavMed, clavLat, 0.45);
  const obliqueFlank = ellipsoid([0.11, 1.08, 0.0], [0.04, 0.09, 0.075]);

  const trunkParts: [SdfNode, number][] = [
    [chest, 0],
    [ribFront, 0.03],
    [upperChest, 0.05],
    [waist, 0.07],
    [belly, 0.05],
    [pelvis, 0.06],
    [hip, 0.05],
    [glute, 0.03],
    [lat, 0.04],
    [obliqueFlank, 0.04],
    [pect, 0.03],
    [erector, 0.03],
    [scapula, 0.03],
    [scapSpine, 0.025],
    [neck, 0.04],
    [scm, 0.014],
    [larynx, 0.012],
    [trapezius, 0.04],
    [c7, 0.012],
    [clavicle, 0.03],
    [costal, F ? 0.06 : 0.04],
  ];
  const nippleP: V3 = [0.1, 1.283, 0];
  if (s.breast > 0) {
    const br = s.breast;
    const breastC: V3 = [0.088, 1.252, 0.068];
    trunkParts.push([ellipsoid(breastC, [br * 1.0, br * 0.98, br * 0.92], frameAlong([-0.15, 1, 0.15], norm([0.25, -0.15, 1]))), 0.045]);
    const front = breastC[2] + br * 0.92;
    nippleP[0] = 0.095;
    nippleP[1] = 1.25;
    nippleP[2] = front;
    trunkParts.push([sphere([nippleP[0], nippleP[1], front - 0.004], 0.0065), 0.004]);
  } else {
    trunkParts.push([sphere([0.1, 1.283, 0.095], 0.005), 0.004]);
  }
  let trunk = blendEach(trunkParts, 'trunk');
  const navel = ellipsoid([0, 1.05, 0.104], [0.0065, 0.0085, 0.01]);
  const spineGroove = capsule([0, 1.44, -0.12], [0, 1.08, -0.112], 0.012);
  const natalCleft = capsule([0, 0.985, -0.112], [0, 0.845, -0.1], 0.006);
  const jugular = sphere([0, 1.448, 0.062], 0.01);
  trunk = carve(trunk, [
    [navel, 0.004],
    [spineGroove, 0.012],
    [natalCleft, 0.016],
    [jugular, 0.016],
  ]);
  regions.nipples.push({ c: [nippleP[0], nippleP[1], nippleP[2] || 0.095], r: F ? 0.018 : 0.014 });

  // trunk landmarks
  mid('hyoid_upper', [0, 1.505, 0.05], norm([0, -0.5, 1]));
  mid('laryngeal_prominence', [0, 1.487, 0.06], Z);
  mid('suprasternal_notch', [0, 1.44, 0.06], norm([0, 0.3, 1]));
  mid('sternal_angle', [0, 1.395, 0.09], Z);
  mid('sternum_4th_intercostal', [0, 1.283, 0.1], Z); // level with the 4th space at the midclavicular line
  mid('xiphisternal_junction', [0, 1.245, 0.1], Z);
  mid('umbilicus', [0, 1.05, 0.1], Z);
  mid('pubic_symphysis_upper', [0, 0.885, 0.09], norm([0, 0.2, 1]));
  mid('perineum_center', [0, 0.83, -0.02], norm([0, -1, 0]), 0.06);
  const spine: [string, number][] = [
    ['c7', 1.481],
    ['t1', 1.4585],
    ['t2', 1.436],
    ['t3', 1.4135],
    ['t4', 1.391],
    ['t5', 1.3685],
    ['t6', 1.346],
    ['t7', 1.3235],
    ['t8', 1.301],
    ['t9', 1.2785],
    ['t10', 1.256],
    ['t11', 1.2335],
    ['t12', 1.21],
    ['l1', 1.18],
    ['l2', 1.15],
    ['l3', 1.12],
    ['l4', 1.09],
    ['l5', 1.06],
  ];
  for (const [n, y] of spine) mid(`${n}_spinous_process`, [0, y, -0.1], norm([0, 0, -1]), 0.08);
  mid('median_sacral_crest_2', [0, 1.005, -0.1], norm([0, 0.25, -1]), 0.08);
  mid('sacral_hiatus', [0, 0.948, -0.1], norm([0, 0.1, -1]), 0.08);
  mid('coccyx_tip', [0, 0.905, -0.1], norm([0, -0.3, -1]), 0.08);

  lm('occipital_hollow', [0.028, 1.577, -0.075], norm([0.2, -0.1, -1]));
  lm('sternocleidomastoid_anterior_larynx', [0.03, 1.484, 0.04], norm([0.5, 0, 1]));
  lm('sternoclavicular_joint', [0.025, 1.443, 0.07], Z);
  lm('clavicle_midpoint', [clavMid[0], clavMid[1] + 0.008, clavMid[2]], norm([0, 1, 0.5]));
  // LU2 lies 6 B-cun from the midline, 1.5 times the nipple's (4 B-cun) distance, just medial to the coracoid
  const infraclavX = 1.5 * nippleP[0];
  lm('infraclavicular_fossa', [infraclavX, 1.43, 0.05], Z, 0.07);
  lm('coracoid_process', [infraclavX + 0.014, 1.415, 0.055], Z);
  lm('acromion', [s.shoulderX, 1.45, -0.01], norm([1, 0.5, 0]));
  lm('nipple', [nippleP[0], nippleP[1], 0.12], Z, 0.1);
  // the midclavicular line passes through the (male) nipple, which lies in the 4th space
  const mcl = F ? 0.095 : nippleP[0];
  const ics = [1.4, 1.363, 1.323, 1.283, 1.244, 1.205, 1.168];
  ics.forEach((y, i) => lm(`intercostal_space_${i + 1}`, [mcl, y, 0.1], Z, 0.1));
  lm('costal_margin_midclavicular', [mcl, 1.142, 0.1], Z, 0.1);
  lm('rib11_free_end', [0.14, 1.155, -0.03], norm([1, 0, -0.1]));
  lm('rib12_free_end', [0.125, 1.125, -0.065], norm([1, 0, -0.6]));
  lm('iliac_crest_top', [0.14, 1.09, -0.02], X);
  lm('asis', [0.115, 0.985, 0.075], norm([0.4, 0, 1]));
  lm('inguinal_midpoint', [0.085, 0.9, 0.085], norm([0.3, 0.3, 1]));
  lm('pubic_tubercle', [0.03, 0.88, 0.095], Z);
  lm('scapula_superior_angle', [0.075, 1.436, -0.11], norm([0, 0.2, -1]));
  lm('scapula_spine_root', [0.06, 1.4135, -0.12], norm([0, 0, -1]));
  lm('scapula_medial_border', [0.068, 1.4135, -0.12], norm([0, 0, -1]));
  lm('scapula_spine_midpoint', [0.105, 1.425, -0.115], norm([0.2, 0.3, -1]));
  lm('infraspinous_fossa_center', [0.095, 1.365, -0.12], norm([0.1, 0, -1]));
  lm('scapula_inferior_angle', [0.085, 1.3235, -0.115], norm([0.1, -0.1, -1]));
  lm('psis', [0.043, 1.012, -0.1], norm([0.1, 0, -1]), 0.08);
  [1.03, 1.005, 0.982, 0.96].forEach((y, i) => lm(`sacral_foramen_${i + 1}`, [0.024 - i * 0.002, y, -0.1], norm([0, 0.2, -1]), 0.08));
  lm('gluteal_center', [0.07, 0.875, -0.13], norm([0.1, 0, -1]), 0.08);
  lm('ischial_tuberosity', [0.055, 0.8, -0.06], norm([0, -0.6, -1]), 0.06);

  // ================================================================ ARM (left)
  const armAng = (F ? 23 : 18) * deg; // the narrower female trunk needs the arm a little further out to open the armpit
  const A: V3 = [Math.sin(armAng), -Math.cos(armAng), 0]; // down the arm
  const Lt: V3 = [Math.cos(armAng), Math.sin(armAng), 0]; // lateral (radial side with palms forward)
  const sh: V3 = [s.shoulderX - 0.025, 1.415, -0.012];
  const [ua, fa] = s.armLen;
  const elbow = madd(sh, [A, ua]);
  const wrist = madd(elbow, [A, fa]);
  const gr = G;
  const deltoid = ellipsoid(madd(sh, [A, 0.045], [Lt, 0.022]), [0.046 + 0.008 * m, 0.085, 0.054 + 0.006 * m], frameAlong(A, Z));
  const upperArm = roundCone(madd(sh, [A, 0.02]), elbow, 0.045 * gr, 0.036 * gr);
  const biceps = ellipsoid(madd(sh, [A, ua * 0.55], [Z, 0.014]), [0.03 + 0.005 * m, 0.085, 0.028 + 0.008 * m], frameAlong(A, Z));
  const triceps = ellipsoid(madd(sh, [A, ua * 0.45], [Z, -0.018]), [0.033, 0.1, 0.03 + 0.004 * m], frameAlong(A, Z));
  const epiLat = sphere(madd(elbow, [Lt, 0.032 * gr], [Z, -0.006]), 0.011);
  const epiMed = sphere(madd(elbow, [Lt, -0.036 * gr], [Z, -0.008]), 0.012);
  const olecranon = sphere(madd(elbow, [Z, -0.033], [A, 0.004]), 0.012);
  const forearm = roundCone(elbow, madd(wrist, [A, -0.01]), 0.036 * gr, 0.023 * gr);
  const flexors = ellipsoid(madd(elbow, [A, 0.075], [Lt, -0.008], [Z, 0.01]), [0.038 * gr, 0.1, 0.03 * gr], frameAlong(A, Z));
  const brachiorad = ellipsoid(madd(elbow, [A, 0.06], [Lt, 0.022]), [0.022, 0.09, 0.026], frameAlong(A, Z));
  const wristNode = roundBox(madd(wrist, [A, -0.012]), [0.027 * s.handScale, 0.022, 0.0165 * s.handScale], 0.014, frameAlong(A, Z));
  const radStyloid = sphere(madd(wrist, [A, -0.004], [Lt, 0.022 * s.handScale], [Z, -0.001]), 0.008);
  const ulnStyloid = sphere(madd(wrist, [A, -0.01], [Lt, -0.023 * s.handScale], [Z, -0.008]), 0.007);

  // hand
  const hsc = s.handScale;
  const hand = buildHand(wrist, A, Lt, Z, hsc, lm, regions);

  const armBody = blendEach(
    [
      [upperArm, 0],
      [deltoid, 0.03],
      [biceps, 0.03],
      [triceps, 0.03],
      [epiLat, 0.01],
      [epiMed, 0.01],
      [olecranon, 0.012],
      [forearm, 0.02],
      [flexors, 0.035],
      [brachiorad, 0.03],
      [wristNode, 0.02],
      [radStyloid, 0.006],
      [ulnStyloid, 0.006],
      [hand, 0.012],
    ],
    'arm',
  );
  // palmar wrist creases (distal one at the wrist landmark level)
  const wd = 0.0165 * s.handScale + 0.0009;
  const arm = carve(armBody, [
    [capsule(madd(wrist, [Z, wd], [Lt, -0.014 * s.handScale]), madd(wrist, [Z, wd], [Lt, 0.014 * s.handScale]), 0.0013), 0.0015],
    [
      capsule(
        madd(wrist, [A, -0.011], [Z, wd - 0.0004], [Lt, -0.013 * s.handScale]),
        madd(wrist, [A, -0.011], [Z, wd - 0.0004], [Lt, 0.013 * s.handScale]),
        0.0012,
      ),
      0.0015,
    ],
  ]);

  // arm landmarks
  // the hollows just in front of and behind the lateral edge of the acromion (LI15, TE14), not on the deltoid below
  lm('shoulder_anterior_hollow', [s.shoulderX - 0.004, 1.44, 0.012], norm([1, 0.2, 0.7]));
  lm('shoulder_posterior_hollow', [s.shoulderX - 0.004, 1.442, -0.029], norm([1, 0.2, -0.7]));
  lm('deltoid_insertion', madd(sh, [A, 0.13], [Lt, 0.04]), Lt);
  lm('biceps_belly', madd(sh, [A, ua * 0.55], [Z, 0.05]), Z);
  lm('lateral_epicondyle', madd(elbow, [Lt, 0.045]), Lt);
  lm('medial_epicondyle', madd(elbow, [Lt, -0.05]), scale(Lt, -1));
  lm('olecranon', madd(elbow, [A, 0.008], [Z, -0.05]), scale(Z, -1));
  lm('cubital_crease_lateral', madd(elbow, [Lt, 0.025], [Z, 0.03]), norm(add(Z, scale(Lt, 0.6))));
  lm('cubital_crease_center', madd(elbow, [Z, 0.04]), Z);
  lm('cubital_crease_medial', madd(elbow, [Lt, -0.028], [Z, 0.03]), norm(add(Z, scale(Lt, -0.6))));
  lm('wrist_crease_palmar', madd(wrist, [Z, 0.03]), Z);
  lm('wrist_crease_palmar_radial', madd(wrist, [Z, 0.03], [Lt, 0.017 * hsc]), norm(add(Z, scale(Lt, 0.4))));
  lm('wrist_crease_palmar_ulnar', madd(wrist, [Z, 0.03], [Lt, -0.016 * hsc]), norm(add(Z, scale(Lt, -0.4))));
  lm('wrist_crease_dorsal', madd(wrist, [Z, -0.03]), scale(Z, -1));
  lm('radial_styloid', madd(wrist, [A, -0.004], [Lt, 0.04]), Lt);
  lm('ulnar_styloid', madd(wrist, [A, -0.01], [Lt, -0.03], [Z, -0.02]), norm(add(scale(Lt, -1), scale(Z, -0.6))));
  lm('anatomical_snuffbox', madd(wrist, [A, 0.008], [Lt, 0.04], [Z, -0.004]), norm(add(Lt, scale(Z, -0.3))));

  // ================================================================ LEG (left)
  const knee: V3 = [s.hipJointX - 0.003, 0.495, 0.008];
  const ankle: V3 = [s.hipJointX + 0.002, 0.088, -0.004];
  const thigh = roundCone([s.hipJointX + 0.004, 0.86, 0.002], madd(knee, [Y, 0.04]), 0.083 * G, 0.05 * G);
  const quads = ellipsoid([s.hipJointX + 0.005, 0.69, 0.038], [0.058 * G, 0.17, 0.048 + 0.008 * m], frameAlong([0.03, 1, 0.12], Z));
  const vastusMed = ellipsoid([s.hipJointX - 0.03, 0.565, 0.03], [0.036, 0.06, 0.034]);
  const vastusLat = ellipsoid([s.hipJointX + 0.04, 0.64, 0.01], [0.03, 0.13, 0.045]);
  const hams = ellipsoid([s.hipJointX + 0.002, 0.69, -0.038], [0.055 * G, 0.16, 0.048]);
  const adductor = ellipsoid([s.hipJointX - 0.04, 0.76, 0.0], [0.04 * G, 0.09, 0.055]);
  const condMed = sphere([knee[0] - 0.026, knee[1] + 0.004, knee[2] - 0.004], 0.036);
  const condLat = sphere([knee[0] + 0.026, knee[1] + 0.004, knee[2] - 0.004], 0.034);
  const patella = ellipsoid([knee[0], knee[1] + 0.01, knee[2] + 0.046], [0.024, 0.03, 0.012]);
  const patLig = capsule([knee[0], knee[1] - 0.02, knee[2] + 0.044], [knee[0], knee[1] - 0.052, knee[2] + 0.038], 0.008);
  const tibTub = ellipsoid([knee[0], knee[1] - 0.052, knee[2] + 0.035], [0.014, 0.014, 0.01]);
  const shank = roundCone(madd(knee, [Y, -0.02]), madd(ankle, [Y, 0.03]), 0.045 * G, 0.026 * G);
  const tibCrest = capsule([knee[0] - 0.002, 0.43, knee[2] + 0.03], [ankle[0] - 0.006, 0.16, ankle[2] + 0.022], 0.011);
  const tibMedial = capsule([knee[0] - 0.025, 0.44, knee[2] + 0.012], [ankle[0] - 0.016, 0.14, ankle[2] + 0.006], 0.014);
  const gastMed = ellipsoid([knee[0] - 0.016, 0.365, knee[2] - 0.034], [0.034 * G, 0.095, 0.036 + 0.006 * m]);
  const gastLat = ellipsoid([knee[0] + 0.017, 0.375, knee[2] - 0.032], [0.03 * G, 0.085, 0.032 + 0.005 * m]);
  const soleus = ellipsoid([knee[0], 0.27, knee[2] - 0.03], [0.038 * G, 0.11, 0.032]);
  const fibHead = sphere([knee[0] + 0.042, knee[1] - 0.045, knee[2] - 0.012], 0.011);
  // the calcaneal tendon, close enough to the back of the ankle and blended wide enough that no see-through slit
  // opens between them behind the malleoli (BL60, KI3 lie in the shallow hollows beside it)
  const achilles = capsule([ankle[0], 0.2, ankle[2] - 0.034], [ankle[0], 0.05, ankle[2] - 0.046], 0.011);
  const malMed = sphere([ankle[0] - 0.021, 0.085, ankle[2] + 0.002], 0.0125);
  const malLat = sphere([ankle[0] + 0.024, 0.07, ankle[2] - 0.01], 0.012);
  const foot = buildFoot(ankle, s.footScale, lm, regions);

  const leg = blendEach(
    [
      [thigh, 0],
      [quads, 0.04],
      [vastusMed, 0.03],
      [vastusLat, 0.04],
      [hams, 0.04],
      [adductor, 0.04],
      [condMed, 0.03],
      [condLat, 0.03],
      [patella, 0.01],
      [patLig, 0.01],
      [tibTub, 0.01],
      [shank, 0.03],
      [tibCrest, 0.015],
      [tibMedial, 0.02],
      [gastMed, 0.03],
      [gastLat, 0.03],
      [soleus, 0.03],
      [fibHead, 0.012],
      [achilles, 0.025],
      [malMed, 0.012],
      [malLat, 0.012],
      [foot, 0.02],
    ],
    'leg',
  );

  // leg landmarks
  lm('greater_trochanter', [s.hipX, 0.905, -0.01], X);
  lm('gluteal_fold', [0.07, 0.785, -0.1], norm([0, -0.4, -1]), 0.06);
  lm('femoral_triangle_apex', [s.hipJointX - 0.005, 0.74, 0.06], norm([-0.2, 0, 1]), 0.07);
  lm('thigh_anterior_mid', [s.hipJointX + 0.004, 0.71, 0.09], Z, 0.08);
  lm('patella_base', [knee[0], knee[1] + 0.04, knee[2] + 0.06], norm([0, 0.4, 1]));
  lm('patella_apex', [knee[0], knee[1] - 0.02, knee[2] + 0.06], norm([0, -0.3, 1]));
  // the knee eyes lie at the joint line, level with the popliteal crease (ST35 heads the 16-cun leg)
  lm('knee_eye_medial', [knee[0] - 0.018, knee[1] - 0.012, knee[2] + 0.05], norm([-0.4, 0, 1]));
  lm('knee_eye_lateral', [knee[0] + 0.018, knee[1] - 0.012, knee[2] + 0.05], norm([0.4, 0, 1]));
  lm('popliteal_crease', [knee[0], knee[1] - 0.012, knee[2] - 0.06], norm([0, 0, -1]), 0.06);
  lm('popliteal_crease_lateral', [knee[0] + 0.026, knee[1] - 0.012, knee[2] - 0.05], norm([0.4, 0, -1]), 0.06);
  lm('popliteal_crease_medial', [knee[0] - 0.024, knee[1] - 0.012, knee[2] - 0.05], norm([-0.4, 0, -1]), 0.06);
  lm('femur_medial_epicondyle', [knee[0] - 0.06, knee[1] + 0.01, knee[2]], scale(X, -1), 0.028);
  lm('femur_lateral_epicondyle', [knee[0] + 0.06, knee[1] + 0.01, knee[2]], X, 0.05);
  lm('tibia_medial_condyle', [knee[0] - 0.045, knee[1] - 0.05, knee[2] + 0.005], norm([-1, 0, 0.2]), 0.05);
  lm('tibial_tuberosity', [knee[0], knee[1] - 0.052, knee[2] + 0.05], Z);
  lm('tibial_crest_mid', [knee[0] - 0.004, 0.29, knee[2] + 0.05], Z);
  lm('fibula_head', [knee[0] + 0.06, knee[1] - 0.045, knee[2] - 0.012], norm([1, 0, -0.2]), 0.05);
  // where the calcaneal tendon leaves the gastrocnemius bellies: midway between the popliteal crease and the malleolus (BL57)
  lm('calf_belly', [knee[0], (knee[1] - 0.012 + 0.07) / 2, knee[2] - 0.07], norm([0, 0, -1]), 0.06);
  lm('medial_malleolus', [ankle[0] - 0.04, 0.085, ankle[2] + 0.002], scale(X, -1));
  lm('lateral_malleolus', [ankle[0] + 0.045, 0.07, ankle[2] - 0.01], X);
  lm('achilles_medial', [ankle[0] - 0.022, 0.085, ankle[2] - 0.035], norm([-1, 0, -0.6]), 0.045);
  lm('achilles_lateral', [ankle[0] + 0.02, 0.075, ankle[2] - 0.032], norm([1, 0, -0.6]), 0.045);

  // ================================================================ BODY
  const body = blendEach(
    [
      [trunk, 0],
      [head, 0.03],
      [arm, 0.022],
      [leg, 0.04],
    ],
    'body',
  );
  // hair: a layer up to 1.6 mm thick over the scalp, fading in over the 4 mm behind the hairline
  // (not on the ears), so the hairline shows as an edge and not only as a colour
  const hc = regions.head.c;
  const earsR = regions.ears;
  const withHair = thicken(body, { min: [-0.1, 1.5, hc[2] - 0.14], max: [0.1, 1.78, hc[2] + 0.14] }, (x, y, z) => {
    const t = Math.min(Math.max(headOut.hairline(x, y, z) / 0.004, 0), 1);
    if (t <= 0) return 0;
    let ear = 0;
    for (const e of earsR) {
      const d = Math.hypot(Math.abs(x) - e.c[0], y - e.c[1], z - e.c[2]);
      ear = Math.max(ear, Math.min(Math.max((e.r - d) / (e.r * 0.3), 0), 1));
    }
    return 0.0016 * t * t * (3 - 2 * t) * (1 - ear);
  });
  const root = clipPlane(withHair, [0, -1, 0], 0, 0.004);

  // The apex of the armpit: the top of the hollow between the arm and the chest wall, midway between the folds.
  // Across the depth of the body the arm–trunk gap is a valley that rises toward the front and the back (into the
  // creases beside the pectoral and the back muscles), so the apex is its lowest crest: for each depth the highest
  // point reachable from below, and of those the lowest. The lower ends of the axillary folds hang just below it.
  {
    const Fr = compile(root);
    let apex: V3 = [s.shoulderX - 0.04, 1.45, -0.015];
    for (let z = -0.04; z <= 0.01; z += 0.002) {
      let top: V3 | null = null;
      for (let x = s.shoulderX - 0.09; x <= s.shoulderX + 0.01; x += 0.001) {
        let y = 1.1;
        if (Fr(x, y, z) <= 0) continue;
        while (y < 1.45 && Fr(x, y, z) > 0) y += 0.001;
        if (y < 1.45 && (!top || y > top[1])) top = [x, y, z];
      }
      if (top && top[1] < apex[1]) apex = top;
    }
    const e = 0.0005;
    const g: V3 = [
      Fr(apex[0] + e, apex[1], apex[2]) - Fr(apex[0] - e, apex[1], apex[2]),
      Fr(apex[0], apex[1] + e, apex[2]) - Fr(apex[0], apex[1] - e, apex[2]),
      Fr(apex[0], apex[1], apex[2] + e) - Fr(apex[0], apex[1], apex[2] - e),
    ];
    lm('axilla_apex', apex, norm(g), 0.004);
    lm('axillary_fold_anterior', [s.shoulderX - 0.04, apex[1] - 0.012, 0.045], norm([0.4, -0.2, 1]), 0.05);
    lm('axillary_fold_posterior', [s.shoulderX - 0.04, apex[1] - 0.025, -0.075], norm([0.4, -0.2, -1]), 0.05);
  }

  const hairline = headOut.hairline;
  return { root, seeds, regions, hairline };
}

// ------------------------------------------------------------------ hand
function buildHand(wrist: V3, A: V3, Lt: V3, Wp: V3, k: number, lm: (name: string, p: V3, dir: V3, reach?: number) => void, regions: Regions): SdfNode {
  // u: distal, r: radial (thumb side), w: palmar
  const u = A;
  const r = Lt;
  const w = Wp;
  const P = (du: number, dr: number, dw: number): V3 => madd(wrist, [u, du * k], [r, dr * k], [w, dw * k]);
  const palm = roundBox(P(0.05, -0.001, -0.001), [0.04 * k, 0.05 * k, 0.0135 * k], 0.012 * k, { u: r, v: u, w });
  const palmDist = ellipsoid(P(0.088, 0.0, 0.0), [0.042 * k, 0.017 * k, 0.0135 * k], { u: r, v: u, w });
  const thenar = ellipsoid(P(0.034, 0.021, 0.011), [0.019 * k, 0.03 * k, 0.0135 * k], frameAlong(norm(add(u, scale(r, -0.45))), w));
  const hypothenar = ellipsoid(P(0.045, -0.026, 0.008), [0.014 * k, 0.038 * k, 0.0115 * k], { u: r, v: u, w });
  const parts: SdfNode[] = [];
  // fingers: index … little
  const fingers = [
    { n: 2, dr: 0.0275, du: 0.096, fan: 7, len: [0.043, 0.025, 0.019], rad: [0.0092, 0.0083, 0.0075] },
    { n: 3, dr: 0.0075, du: 0.1, fan: 1, len: [0.047, 0.029, 0.02], rad: [0.0095, 0.0086, 0.0078] },
    { n: 4, dr: -0.012, du: 0.096, fan: -5, len: [0.044, 0.028, 0.02], rad: [0.0088, 0.008, 0.0073] },
    { n: 5, dr: -0.0295, du: 0.087, fan: -12, len: [0.034, 0.02, 0.018], rad: [0.0077, 0.0071, 0.0066] },
  ];
  const fingerNodes: SdfNode[] = [];
  const mcps: V3[] = [];
  for (const f of fingers) {
    // fan: rotate the distal axis toward r
    const d = norm(add(scale(u, Math.cos(f.fan * deg)), scale(r, Math.sin(f.fan * deg))));
    const side = norm(cross(w, d)); // in the palm plane, perpendicular to d
    let p = P(f.du, f.dr, -0.002);
    mcps.push(p);
    const segs: SdfNode[] = [];
    const joints: V3[] = [p];
    const flex = [8, 10, 6];
    let dir = d;
    for (let i = 0; i < 3; i++) {
      dir = norm(rotate(dir, side, -flex[i]! * deg)); // bend toward the palm (+w)
      const q = madd(p, [dir, f.len[i]! * k]);
      segs.push(roundCone(p, q, f.rad[i]! * k, (i < 2 ? f.rad[i + 1]! : f.rad[i]! * 0.92) * k));
      // knuckle pads on the palmar side and joint bumps
      p = q;
      joints.push(p);
    }
    const tipDir = dir;
    const dors = norm(sub(scale(w, -1), scale(tipDir, dot(scale(w, -1), tipDir))));
    const rt = f.rad[2]! * k;
    // nail: a thin plate on the dorsal side of the distal phalanx
    const nailC = madd(p, [tipDir, -0.0065 * k], [dors, rt * 0.78]);
    const nail = ellipsoid(nailC, [rt * 0.82, 0.0075 * k, 0.0013 * k], frameAlong(tipDir, dors));
    regions.nails.push({ c: madd(nailC, [dors, 0.0015 * k]), r: rt * 0.95 });
    const knuckle = sphere(madd(joints[0]!, [dors, 0.003 * k]), f.rad[0]! * k * 0.95);
    const pipKnuckle = sphere(madd(joints[1]!, [dors, 0.0012 * k]), f.rad[1]! * k * 0.95);
    const fingerNode = blendEach([
      [segs[0]!, 0],
      [segs[1]!, 0.004 * k],
      [segs[2]!, 0.004 * k],
      [nail, 0.0007 * k],
      [pipKnuckle, 0.004 * k],
    ]);
    // palmar flexion creases: proximal digital (finger base), PIP and DIP
    // a crease is a thin arc around the palmar half of the finger
    const crease = (c: V3, rad: number, along: V3): [SdfNode, number] => {
      const pal = norm(sub(w, scale(along, dot(w, along))));
      const sd = norm(cross(pal, along));
      const pts: V3[] = [];
      for (let a = -75; a <= 75; a += 30) {
        const t = a * deg;
        pts.push(madd(c, [pal, (rad + 0.0009 * k) * Math.cos(t)], [sd, (rad + 0.0009 * k) * Math.sin(t)]));
      }
      // wide and shallow (about 0.4 mm deep): finer than the voxels would only alias into dashes
      const segs2: SdfNode[] = [];
      for (let i = 0; i < pts.length - 1; i++) segs2.push(capsule(pts[i]!, pts[i + 1]!, 0.0013 * k));
      return [union(segs2), 0.0015 * k];
    };
    const segDir = (i: number) => norm(sub(joints[i + 1]!, joints[i]!));
    fingerNodes.push(
      carve(fingerNode, [
        crease(madd(joints[0]!, [segDir(0), 0.021 * k]), f.rad[0]! * k * 0.97, segDir(0)),
        crease(joints[1]!, f.rad[1]! * k, segDir(1)),
        crease(joints[2]!, f.rad[2]! * k, segDir(2)),
      ]),
    );
    parts.push(knuckle);
    // landmarks
    lm(`fingertip_${f.n}`, madd(p, [tipDir, 0.003 * k], [w, 0.002 * k]), norm(add(tipDir, scale(w, 0.3))), 0.02);
    lm(`nail_base_${f.n}`, madd(p, [tipDir, -0.0125 * k], [dors, rt]), dors, 0.012);
    lm(`pip_crease_${f.n}`, madd(joints[1]!, [w, f.rad[1]! * k]), w, 0.012);
    lm(`mcp_${f.n}`, madd(joints[0]!, [w, -f.rad[0]! * k]), scale(w, -1), 0.015);
  }
  // webs between fingers (dorsal margin)
  for (let i = 0; i < 3; i++) {
    const a = mcps[i]!;
    const b = mcps[i + 1]!;
    lm(`finger_web_${i + 2}`, madd(lerp(a, b, 0.5), [u, 0.016 * k], [w, -0.004 * k]), norm(add(scale(w, -1), scale(u, 0.6))), 0.015);
  }

  // thumb
  const tb = P(0.022, 0.026, 0.008);
  let td = norm(add(add(scale(u, 0.84), scale(r, 0.44)), scale(w, 0.32)));
  const tlen = [0.04, 0.029, 0.025];
  const trad = [0.0125, 0.0102, 0.0094, 0.0088];
  let p = tb;
  const tj: V3[] = [p];
  const tsegs: SdfNode[] = [];
  const thumbDors0 = norm(add(scale(r, 0.75), scale(w, -0.66)));
  for (let i = 0; i < 3; i++) {
    const side = norm(cross(thumbDors0, td));
    td = norm(rotate(td, side, i === 0 ? 0 : 8 * deg));
    const q = madd(p, [td, tlen[i]! * k]);
    tsegs.push(roundCone(p, q, trad[i]! * k, trad[i + 1]! * k));
    p = q;
    tj.push(p);
  }
  const tdors = norm(sub(thumbDors0, scale(td, dot(thumbDors0, td))));
  const trt = trad[3]! * k;
  const tnailC = madd(p, [td, -0.007 * k], [tdors, trt * 0.8]);
  const tnail = ellipsoid(tnailC, [trt * 0.85, 0.008 * k, 0.0017 * k], frameAlong(td, tdors));
  regions.nails.push({ c: madd(tnailC, [tdors, 0.0015 * k]), r: trt });
  const thumb = blendEach([
    [tsegs[0]!, 0],
    [tsegs[1]!, 0.006 * k],
    [tsegs[2]!, 0.004 * k],
    [tnail, 0.0012 * k],
  ]);
  lm('fingertip_1', madd(p, [td, 0.003 * k]), td, 0.02);
  lm('nail_base_1', madd(p, [td, -0.014 * k], [tdors, trt]), tdors, 0.012);
  lm('mcp_1', madd(tj[1]!, [tdors, trad[1]! * k]), tdors, 0.015);
  lm('finger_web_1', madd(lerp(tj[1]!, mcps[0]!, 0.45), [w, -0.008 * k]), norm(add(scale(w, -1), scale(add(u, r), 0.3))), 0.02);

  // palm landmarks
  lm('thenar_eminence', P(0.036, 0.022, 0.03), w, 0.03);
  lm('hypothenar_eminence', P(0.045, -0.027, 0.03), w, 0.03);
  lm('palm_center', P(0.07, 0.016, 0.03), w, 0.03);
  lm('pisiform', P(0.008, -0.024, 0.03), norm(add(w, scale(r, -0.3))), 0.03);
  lm('metacarpal_2_radial_mid', P(0.062, 0.046, -0.008), norm(add(r, scale(w, -0.4))), 0.03);
  lm('metacarpal_5_ulnar_mid', P(0.058, -0.05, 0.0), scale(r, -1), 0.03);

  const palmNode = blendEach([
    [palm, 0],
    [palmDist, 0.01 * k],
    [thenar, 0.012 * k],
    [hypothenar, 0.01 * k],
    ...parts.map((n): [SdfNode, number] => [n, 0.008 * k]),
  ]);
  // the distal palmar crease
  const creaseDistal = capsule(P(0.079, -0.04, 0.0171), P(0.087, 0.02, 0.0171), 0.0013 * k);

  const palmCarved = carve(palmNode, [[creaseDistal, 0.0015 * k]]);
  return blendEach(
    [
      [palmCarved, 0],
      [union([...fingerNodes]), 0.009 * k],
      [thumb, 0.014 * k],
    ],
    'hand',
  );
}

// ------------------------------------------------------------------ foot
function buildFoot(ankle: V3, k: number, lm: (name: string, p: V3, dir: V3, reach?: number) => void, regions: Regions): SdfNode {
  const out = 7 * deg; // toe-out
  const f: V3 = [Math.sin(out), 0, Math.cos(out)]; // forward
  const l: V3 = [Math.cos(out), 0, -Math.sin(out)]; // lateral
  const up = Y;
  const heelBack = madd([ankle[0], 0, ankle[2]], [f, -0.062 * k]);
  const P = (df: number, dl: number, dy: number): V3 => madd(heelBack, [f, df * k], [l, dl * k], [up, dy * k]);
  const fr: Frame = { u: l, v: up, w: f };
  const heel = ellipsoid(P(0.035, 0.0, 0.031), [0.029 * k, 0.035 * k, 0.036 * k], fr);
  const ankleBlk = roundCone(madd(ankle, [up, 0.004]), P(0.088, 0.0, 0.043), 0.026 * k, 0.026 * k);
  const midfoot = ellipsoid(P(0.105, 0.002, 0.034), [0.036 * k, 0.052 * k, 0.027 * k], frameAlong(norm(add(f, scale(up, -0.38))), up));
  const forefoot = ellipsoid(P(0.162, 0.005, 0.02), [0.043 * k, 0.045 * k, 0.017 * k], frameAlong(norm(add(f, scale(up, -0.2))), up));
  const lateralCol = capsule(P(0.045, 0.022, 0.011), P(0.172, 0.034, 0.009), 0.011 * k);
  const ballRidge = capsule(P(0.184, -0.026, 0.012), P(0.168, 0.034, 0.009), 0.012 * k);
  const mt1head = sphere(P(0.183, -0.027, 0.016), 0.0148 * k);
  const mt5 = sphere(P(0.105, 0.037, 0.013), 0.0095 * k);
  const navic = sphere(P(0.09, -0.026, 0.036), 0.0095 * k);
  const extTendon = capsule(P(0.075, -0.012, 0.066), P(0.17, -0.026, 0.03), 0.005 * k);
  let footBody = blendEach([
    [heel, 0],
    [ankleBlk, 0.02 * k],
    [midfoot, 0.018 * k],
    [forefoot, 0.016 * k],
    [lateralCol, 0.014 * k],
    [ballRidge, 0.014 * k],
    [mt1head, 0.012 * k],
    [mt5, 0.01 * k],
    [navic, 0.012 * k],
    [extTendon, 0.012 * k],
  ]);
  // the arch: carve the medial sole
  const archCut = ellipsoid(P(0.108, -0.042, -0.004), [0.028 * k, 0.018 * k, 0.058 * k], fr);
  footBody = carve(footBody, [[archCut, 0.012 * k]]);

  const toes = [
    { n: 1, dl: -0.027, df: 0.197, len: [0.033, 0.027], rad: 0.0118, fan: -2 },
    { n: 2, dl: -0.004, df: 0.2, len: [0.026, 0.021], rad: 0.0072, fan: 2 },
    { n: 3, dl: 0.0135, df: 0.193, len: [0.022, 0.018], rad: 0.007, fan: 6 },
    { n: 4, dl: 0.0295, df: 0.182, len: [0.019, 0.016], rad: 0.0068, fan: 10 },
    { n: 5, dl: 0.0445, df: 0.167, len: [0.016, 0.014], rad: 0.0066, fan: 15 },
  ];
  const toeNodes: SdfNode[] = [];
  const mtps: V3[] = [];
  for (const t of toes) {
    const r = t.rad * k;
    const d0 = norm(add(scale(f, Math.cos(t.fan * deg)), scale(l, Math.sin(t.fan * deg))));
    const base = P(t.df - 0.012, t.dl, t.n === 1 ? 0.018 : 0.016);
    mtps.push(P(t.df - 0.012, t.dl, 0));
    const mid1 = madd(base, [d0, t.len[0]! * k], [up, -0.006 * k]);
    const tipC: V3 = madd(mid1, [d0, t.len[1]! * k]);
    tipC[1] = r * 0.92 - 0.001;
    const s1 = roundCone(base, mid1, r * 1.05, r);
    const s2 = roundCone(mid1, tipC, r, r * 0.96);
    const nailDir = norm(sub(tipC, mid1));
    const nailUp = norm(sub(up, scale(nailDir, dot(up, nailDir))));
    const nailC = madd(tipC, [nailDir, -0.005 * k], [nailUp, r * 0.8]);
    const nail = ellipsoid(nailC, [r * 0.78, (t.n === 1 ? 0.0075 : 0.0045) * k, 0.0016 * k], frameAlong(nailDir, nailUp));
    regions.nails.push({ c: madd(nailC, [nailUp, 0.0015 * k]), r: r * 0.95 });
    toeNodes.push(
      blendEach([
        [s1, 0],
        [s2, 0.005 * k],
        [nail, 0.001 * k],
      ]),
    );
    lm(`toe_tip_${t.n}`, madd(tipC, [nailDir, r + 0.002]), nailDir, 0.015);
    lm(`toenail_base_${t.n}`, madd(tipC, [nailDir, -(t.n === 1 ? 0.0125 : 0.0085) * k], [nailUp, r + 0.003]), nailUp, 0.012);
    lm(`mtp_${t.n}`, madd(base, [up, r + 0.01]), norm([0, 1, 0.2]), 0.03);
  }
  for (let i = 0; i < 4; i++) {
    const a = mtps[i]!;
    const b = mtps[i + 1]!;
    lm(`toe_web_${i + 1}`, madd(lerp(a, b, 0.5), [f, 0.016 * k], [up, 0.03]), norm(add(up, scale(f, 0.5))), 0.035);
  }
  lm('heel', P(-0.01, 0.0, 0.035), scale(f, -1), 0.03);
  lm('heel_sole', P(0.04, 0.0, -0.01), scale(up, -1), 0.03);
  lm('sole_below_medial_malleolus', [ankle[0] - 0.045, 0.004, ankle[2] + 0.002], norm([-1, -0.3, 0]), 0.04);
  lm('sole_center', P(0.105, 0.003, -0.01), scale(up, -1), 0.04);
  lm('sole_toe_base_2_3', P(0.178, 0.005, -0.01), scale(up, -1), 0.03);
  lm('navicular_tuberosity', P(0.092, -0.05, 0.032), scale(l, -1), 0.03);
  lm('metatarsal_1_base_medial', P(0.125, -0.05, 0.028), scale(l, -1), 0.03);
  lm('metatarsal_1_head_medial', P(0.185, -0.055, 0.016), scale(l, -1), 0.03);
  lm('metatarsal_5_base', P(0.108, 0.06, 0.012), l, 0.03);
  lm('metatarsal_5_head_lateral', P(0.165, 0.065, 0.01), l, 0.03);
  lm('dorsum_foot_1_2', P(0.125, -0.014, 0.07), up, 0.04);
  lm('dorsalis_pedis', P(0.1, -0.002, 0.075), up, 0.04);
  lm('ankle_crease_anterior', P(0.075, -0.004, 0.07), norm(add(f, scale(up, 0.5))), 0.04);

  const ntoes = union(toeNodes);
  return blendEach(
    [
      [footBody, 0],
      [ntoes, 0.008 * k],
    ],
    'foot',
  );
}

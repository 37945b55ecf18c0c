/**
 * The head: skull, face, eyes with lids, nose with nostrils, lips, jaw, ears with helix and lobe,
 * the hairline (as a colour region) and the head's landmarks. Left half + midline, reference frame.
 */
import { type SdfNode, type V3, add, blend, blendEach, capsule, carve, ellipsoid, frameAlong, madd, norm, roundCone, sphere } from './sdf.ts';
import type { Shape } from './params.ts';

export interface HeadOut {
  node: SdfNode;
  /** Colour regions: lips (ellipsoids), eyes (iris centre, axis), ears (spheres that are never hair). */
  lips: { c: V3; r: V3 }[];
  eyes: { c: V3; r: number; axis: V3; f: (x: number, y: number, z: number) => number }[];
  ears: { c: V3; r: number }[];
  hairline: (x: number, y: number, z: number) => number;
}

type Put = (name: string, p: V3, dir: V3, reach?: number) => void;

const deg = Math.PI / 180;
const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];

/** Hairline height (reference frame, before head scaling) by azimuth around the head's vertical axis. */
const HAIRLINE: [number, number][] = [
  [0, 1.703],
  [20, 1.702],
  [40, 1.698],
  [50, 1.694], // frontal angle (corner)
  [53, 1.686],
  [60, 1.662],
  [65, 1.64], // temporal hairline descends in front of the ear
  [70, 1.618],
  [74, 1.605], // lower end of the sideburn, just in front of the tragus
  [78, 1.607],
  [81.5, 1.64],
  [85, 1.664], // over the ear
  [100, 1.668],
  [118, 1.655],
  [132, 1.615], // behind the ear, down toward the nape
  [148, 1.578],
  [162, 1.569],
  [180, 1.567], // posterior hairline
];
export function hairlineAt(azDeg: number): number {
  const a = Math.min(Math.max(azDeg, 0), 180);
  for (let i = 1; i < HAIRLINE.length; i++) {
    const [a1, y1] = HAIRLINE[i]!;
    const [a0, y0] = HAIRLINE[i - 1]!;
    if (a <= a1) {
      const t = (a - a0) / (a1 - a0);
      const s = t * t * (3 - 2 * t);
      return y0 + (y1 - y0) * s;
    }
  }
  return HAIRLINE[HAIRLINE.length - 1]![1];
}

export function buildHead(s: Shape, mid: Put, lm: Put): HeadOut {
  const F = s.female;
  const hs = s.headScale;
  const HC: V3 = [0, 1.655, -0.012];
  const hp = (x: number, y: number, z: number): V3 => [x * hs, HC[1] + (y - 1.655) * hs, HC[2] + (z + 0.012) * hs];
  const H = (r: number) => r * hs;

  // ---------------------------------------------------------------- skull and face masses
  const cranium = ellipsoid(hp(0, 1.656, -0.016), [H(0.075), H(0.094), H(0.099)]);
  const forehead = ellipsoid(hp(0, 1.672, 0.022), [H(0.066), H(0.058), H(0.07)]);
  const face = ellipsoid(hp(0, 1.603, 0.03), [H(0.06), H(0.062), H(0.06)]);
  const maxilla = ellipsoid(hp(0, 1.575, 0.058), [H(0.036), H(0.03), H(0.038)]);
  const muzzle = ellipsoid(hp(0, 1.563, 0.07), [H(0.03), H(0.024), H(0.026)]);
  const jaw = ellipsoid(hp(0, 1.553, 0.03), [H(F ? 0.043 : 0.047), H(0.034), H(0.055)]);
  const chin = ellipsoid(hp(0, F ? 1.529 : 1.527, F ? 0.079 : 0.081), [H(F ? 0.014 : 0.0175), H(0.0145), H(0.0155)]);
  const mandible = [
    capsule(hp(0.016, 1.523, 0.074), hp(F ? 0.046 : 0.051, 1.546, -0.008), H(0.011)),
    capsule(hp(F ? 0.046 : 0.051, 1.546, -0.008), hp(0.055, 1.598, -0.014), H(0.011)),
  ];
  const cheekbone = ellipsoid(hp(0.049, 1.607, 0.052), [H(0.017), H(0.012), H(0.02)]);
  const cheek = ellipsoid(hp(0.036, 1.586, 0.062), [H(F ? 0.024 : 0.022), H(0.021), H(F ? 0.024 : 0.022)]);
  const buccal = ellipsoid(hp(0.039, 1.573, 0.049), [H(F ? 0.024 : 0.021), H(0.024), H(F ? 0.032 : 0.03)]);
  const zygArch = capsule(hp(0.058, 1.603, 0.035), hp(0.066, 1.601, -0.002), H(0.006));
  const brow = capsule(hp(0.012, 1.649, F ? 0.086 : 0.088), hp(0.05, 1.648, 0.072), H(F ? 0.0058 : 0.0066));
  const temple = ellipsoid(hp(0.061, 1.642, 0.02), [H(0.015), H(0.03), H(0.035)]);
  const masseter = ellipsoid(hp(0.048, 1.568, 0.012), [H(F ? 0.008 : 0.01), H(0.026), H(0.018)]);

  let skull = blendEach(
    [
      [cranium, 0],
      [forehead, H(0.03)],
      [face, H(0.03)],
      [maxilla, H(0.02)],
      [muzzle, H(0.018)],
      [jaw, H(0.024)],
      [chin, H(0.016)],
      [mandible[0]!, H(0.014)],
      [mandible[1]!, H(0.014)],
      [cheekbone, H(0.014)],
      [cheek, H(0.02)],
      [buccal, H(0.022)],
      [zygArch, H(0.012)],
      [brow, H(0.016)],
      [temple, H(0.02)],
      [masseter, H(0.016)],
    ],
    'skull',
  );

  // ---------------------------------------------------------------- eyes
  const eyeC = hp(0.031, 1.631, 0.0695);
  const eyeR = H(0.0122);
  const socket = ellipsoid(hp(0.031, 1.633, F ? 0.083 : 0.084), [H(0.0185), H(0.012), H(0.0125)]);
  const nasolabial = capsule(hp(0.023, 1.574, 0.096), hp(0.031, 1.554, 0.09), H(0.0012));
  skull = carve(skull, [
    [socket, H(0.007)],
    [nasolabial, H(0.006)],
  ]);
  const eyeball = blend(H(0.0015), [sphere(eyeC, eyeR), sphere(add(eyeC, [0, 0, H(0.0062)]), H(0.0079))]);
  // lids: a thin shell just larger than the eyeball, with an almond opening carved in front
  const shell = ellipsoid(add(eyeC, [0, H(0.0003), -H(0.0004)]), [H(0.0158), H(0.0142), H(0.0142)]);
  const tilt = 5 * deg;
  const opening = ellipsoid(add(eyeC, [H(0.0012), -H(0.0017), H(0.0122)]), [H(0.0165), H(0.0044), H(0.011)], {
    u: [Math.cos(tilt), Math.sin(tilt), 0],
    v: [-Math.sin(tilt), Math.cos(tilt), 0],
    w: Z,
  });
  const lidCrease = ellipsoid(add(eyeC, [H(0.001), H(0.0082), H(0.0122)]), [H(0.0145), H(0.0012), H(0.003)]);
  const lids = carve(shell, [
    [opening, H(0.0008)],
    [lidCrease, H(0.001)],
  ]);
  // the skin fold above the upper lid, which shades the lid like a real one
  const upperFold = ellipsoid(add(eyeC, [H(0.001), H(0.0094), H(0.0093)]), [H(0.0158), H(0.0034), H(0.0038)]);
  const eye = blendEach([
    [eyeball, 0],
    [lids, H(0.0005)],
    [upperFold, H(0.003)],
  ]);
  const eyeballF = eyeball.make(0);

  // ---------------------------------------------------------------- nose (smaller for the female face)
  const nsc = F ? 0.88 : 1;
  const NB = hp(0, 1.586, 0.094);
  const np = (x: number, y: number, z: number): V3 => {
    const q = hp(x, y, z);
    return [NB[0] + (q[0] - NB[0]) * nsc, NB[1] + (q[1] - NB[1]) * nsc, NB[2] + (q[2] - NB[2]) * nsc];
  };
  const N = (r: number) => H(r) * nsc;
  const nasion = hp(0, 1.633, 0.092);
  const dorsum = roundCone(nasion, np(0, 1.598, 0.1125), N(0.0062), N(0.0078));
  const pyramid = ellipsoid(np(0, 1.604, 0.096), [N(0.0135), N(0.026), N(0.0145)], frameAlong([0, 1, -0.55], [0, 0.5, 1]));
  const lobule = sphere(np(0, 1.5905, 0.1115), N(0.0102));
  const ala = ellipsoid(np(0.0132, 1.5845, 0.0985), [N(0.0045), N(0.0068), N(0.0102)], frameAlong([0, 1, 0.15], [0.5, 0, 1]));
  const columella = capsule(np(0, 1.5835, 0.1095), np(0, 1.5775, 0.1015), N(0.0034));
  let nose = blendEach([
    [dorsum, 0],
    [pyramid, H(0.008)],
    [lobule, H(0.007)],
    [ala, H(0.005)],
    [columella, H(0.003)],
  ]);
  const nostril = ellipsoid(np(0.0077, 1.5792, 0.1062), [N(0.0031), N(0.0038), N(0.0052)], frameAlong([0, 1, 0], [0.25, 0, 1]));
  const alarGroove = capsule(np(0.0175, 1.592, 0.1015), np(0.0205, 1.583, 0.0955), N(0.0016));
  nose = carve(nose, [
    [nostril, H(0.0012)],
    [alarGroove, H(0.0025)],
  ]);

  // ---------------------------------------------------------------- lips
  const upperLip = ellipsoid(hp(0, 1.5612, 0.0975), [H(0.0228), H(0.0048), H(0.008)]);
  const tubercle = sphere(hp(0, 1.5602, 0.1013), H(0.0042));
  const lowerLip = ellipsoid(hp(0, 1.5508, 0.0958), [H(0.0205), H(0.0058), H(0.0084)]);
  const philtrumL = capsule(hp(0.0042, 1.5765, 0.0985), hp(0.0052, 1.5655, 0.1012), H(0.0016));
  const mouth = blendEach([
    [upperLip, 0],
    [tubercle, H(0.003)],
    [lowerLip, H(0.003)],
    [philtrumL, H(0.003)],
  ]);
  const lips = [
    { c: hp(0, 1.5612, 0.0975), r: [H(0.0238), H(0.0062), H(0.011)] as V3 },
    { c: hp(0, 1.5508, 0.0958), r: [H(0.0214), H(0.0068), H(0.011)] as V3 },
  ];

  // ---------------------------------------------------------------- ear (left)
  const earC = hp(0.077, 1.616, -0.026);
  const earN = norm([1, 0, -0.42]); // outward face of the auricle
  const ef = frameAlong([0, 1, -0.36], earN); // v: up, w: outward, u: backward
  const E = (du: number, dv: number, dw: number): V3 => madd(earC, [ef.u, H(du)], [ef.v, H(dv)], [ef.w, H(dw)]);
  const plate = ellipsoid(E(0, 0, 0), [H(0.0165), H(0.03), H(0.0065)], ef);
  // helix: a rim of capsules from the front-top (crus) over the top and down the back to the lobe
  const rim: V3[] = [];
  for (let i = 0; i <= 9; i++) {
    const th = (-70 + i * 25) * deg; // angle from the top, toward the back
    const ru = 0.0158;
    const rv = 0.0292;
    rim.push(E(ru * Math.sin(th), rv * Math.cos(th) - (i === 0 ? 0.006 : 0), 0.0035));
  }
  const helixParts: SdfNode[] = [];
  for (let i = 0; i < rim.length - 1; i++) helixParts.push(capsule(rim[i]!, rim[i + 1]!, H(i < 2 ? 0.0028 : 0.0034)));
  const helix = blend(H(0.003), helixParts);
  const lobe = ellipsoid(E(0.002, -0.026, 0.001), [H(0.0085), H(0.0095), H(0.0055)], ef);
  const antihelix = capsule(E(-0.002, 0.016, 0.003), E(0.004, -0.012, 0.003), H(0.0028));
  const earRoot = ellipsoid(E(-0.004, -0.002, -0.009), [H(0.01), H(0.022), H(0.008)], ef);
  const tragus = ellipsoid(E(-0.0145, -0.0075, 0.003), [H(0.0042), H(0.0052), H(0.004)], ef);
  let ear = blendEach([
    [plate, 0],
    [helix, H(0.002)],
    [lobe, H(0.004)],
    [antihelix, H(0.002)],
    [earRoot, H(0.006)],
  ]);
  const concha = ellipsoid(E(-0.005, -0.006, 0.0075), [H(0.0085), H(0.0115), H(0.0065)], ef);
  const scapha = capsule(E(0.004, 0.02, 0.0062), E(0.0105, -0.01, 0.0062), H(0.0032));
  const fossa = ellipsoid(E(-0.002, 0.019, 0.0062), [H(0.006), H(0.005), H(0.0035)], ef);
  ear = carve(ear, [
    [concha, H(0.0025)],
    [scapha, H(0.0015)],
    [fossa, H(0.0015)],
  ]);
  ear = blend(H(0.002), [ear, tragus]);
  const ears = [{ c: earC, r: H(0.034) }];

  // ---------------------------------------------------------------- assemble
  const headNode = blendEach(
    [
      [skull, 0],
      [eye, H(0.0025)],
      [nose, H(0.006)],
      [mouth, H(0.005)],
      [ear, H(0.004)],
    ],
    'head',
  );
  const mentolabial = capsule(hp(-0.012, 1.5412, 0.0958), hp(0.012, 1.5412, 0.0958), H(0.0034));
  const mouthLine = blend(H(0.001), [
    capsule(hp(0, 1.5553, 0.1029), hp(0.011, 1.5553, 0.1013), H(0.0008)),
    capsule(hp(0.011, 1.5553, 0.1013), hp(0.0225, 1.5558, 0.0945), H(0.0008)),
  ]);
  const node = carve(headNode, [
    [mouthLine, H(0.0008)],
    [mentolabial, H(0.004)],
  ]);

  // ---------------------------------------------------------------- hairline
  const hairline = (x: number, y: number, z: number): number => {
    const az = Math.atan2(Math.abs(x), z - HC[2]) / deg;
    const line = HC[1] + (hairlineAt(az) - 1.655) * hs;
    return y - line;
  };
  // a point on the scalp at an azimuth and height (reference frame), outward direction
  const scalp = (azDeg: number, y: number): [V3, V3] => {
    const a = azDeg * deg;
    const d: V3 = [Math.sin(a), 0.15, Math.cos(a)];
    return [hp(Math.sin(a) * 0.1, y, -0.012 + Math.cos(a) * 0.1), norm(d)];
  };

  // ---------------------------------------------------------------- landmarks
  mid('vertex', hp(0, 1.75, -0.02), Y);
  mid('glabella', hp(0, 1.646, 0.09), Z);
  mid('nasion', hp(0, 1.633, 0.09), Z);
  mid('anterior_hairline', hp(0, hairlineAt(0), 0.08), norm([0, 0.45, 1]));
  mid('posterior_hairline', hp(0, hairlineAt(180), -0.08), norm([0, -0.2, -1]));
  mid('external_occipital_protuberance', hp(0, 1.622, -0.11), norm([0, 0.1, -1]));
  mid('nose_tip', np(0, 1.5905, 0.12), Z);
  mid('subnasale', np(0, 1.5772, 0.1), norm([0, -0.6, 1]));
  mid('upper_lip_tubercle', hp(0, 1.5605, 0.108), Z);
  mid('mentolabial_sulcus', hp(0, 1.5412, 0.095), Z);
  mid('chin', hp(0, 1.527, 0.09), Z);
  mid('chin_underside', hp(0, 1.513, 0.07), norm([0, -1, 0.3]));
  {
    const [p, d] = scalp(50, hairlineAt(50));
    lm('hairline_corner', p, d, 0.05);
  }
  {
    // temporal hairline at the level of the ear apex: the azimuth where the descending hairline meets it
    const apexY = 1.652;
    let az = 50;
    while (az < 70 && hairlineAt(az) > apexY) az += 0.1;
    const [p, d] = scalp(az, apexY);
    lm('temporal_hairline', p, d, 0.05);
    const [p2, d2] = scalp(74, hairlineAt(74));
    lm('sideburn_lower', p2, d2, 0.05);
  }
  lm('mastoid_process', hp(0.056, 1.594, -0.054), norm([0.6, -0.3, -0.6]));
  lm('ear_apex', E(0.001, 0.033, 0.003), Y, 0.015);
  lm('ear_posterior_root', E(0.0165, 0.0, -0.006), norm(madd([0, 0, 0], [ef.u, 1], [ef.w, 0.8])), 0.015);
  lm('tragus', E(-0.0145, -0.0075, 0.003), norm([0.35, 0, 1]), 0.01);
  lm('intertragic_notch', E(-0.009, -0.015, 0.004), norm(madd([0, 0, 0], [ef.w, 1], [ef.v, -0.7])), 0.012);
  lm('earlobe', E(0.002, -0.037, 0.001), norm([0, -1, 0]), 0.015);
  lm('inner_canthus', add(eyeC, [-H(0.0138), H(0.0), H(0.006)]), norm([-0.2, 0, 1]), 0.012);
  lm('outer_canthus', add(eyeC, [H(0.0148), H(0.001), H(0.002)]), norm([0.6, 0, 1]), 0.012);
  lm('pupil', add(eyeC, [0, 0, H(0.014)]), Z, 0.012);
  lm('infraorbital_margin', hp(0.031, 1.615, 0.085), norm([0, -0.2, 1]));
  lm('infraorbital_foramen', hp(0.031, 1.604, 0.087), Z);
  lm('eyebrow_medial_end', hp(0.014, 1.649, 0.095), Z);
  lm('eyebrow_midpoint', hp(0.031, 1.652, 0.092), Z);
  lm('eyebrow_lateral_end', hp(0.05, 1.649, 0.08), norm([0.5, 0, 1]));
  lm('zygoma_lower', hp(0.048, 1.596, 0.06), norm([0.5, -0.3, 1]));
  // lower border of the arch at its midpoint, in front of the condyle: about 3 cm in front of the tragus (ST7, GB3 above it)
  lm('zygomatic_arch_lower', hp(0.063, 1.606, 0.019), X);
  lm('nasal_ala', np(0.021, 1.5845, 0.099), norm([1, 0, 0.4]), 0.015);
  lm('nasolabial_groove', hp(0.0235, 1.5845, 0.094), norm([0.4, 0, 1]), 0.015);
  lm('mouth_corner', hp(0.0238, 1.5558, 0.092), norm([0.6, 0, 0.8]), 0.012);
  lm('masseter_prominence', hp(0.056, 1.566, 0.015), norm([1, 0, 0.2]));
  lm('mandible_angle', hp(0.051, 1.54, -0.012), norm([0.7, -0.5, -0.3]));

  return { node, lips, eyes: [{ c: eyeC, r: eyeR, axis: Z, f: eyeballF }], ears, hairline };
}

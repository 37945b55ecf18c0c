/**
 * Which convention the atlas follows where sources differ on a safety flag, as data the catalogue test enforces.
 *
 * Pregnancy: every point of the abdomen from the level of CV14 down to the pubic symphysis (the CV, KI, ST, SP
 * lines and the lateral lower-abdominal points GB26–GB28 and LR12) and every lumbosacral point from the level of
 * L2 down carries a pregnancy warning, as do the traditional distal points. Many textbooks give CV3–CV14 for the
 * midline; the atlas applies the same band to every line of the abdomen, so that points at one level agree
 * (KI17–KI21 and ST19–ST24 alike).
 */
export const pregnancyConvention = {
  /** points of the abdomen region that lie above the CV14 level or on the rib margin, outside the band */
  abdomenOutside: ['CV15', 'GB25', 'LR13'],
  /** points of the lumbosacral region at the L1 level, above the band */
  lowerBackOutside: ['BL22', 'BL51', 'EX-B4'],
  /** the traditional distal points (docs/point-facts.md) */
  distal: ['LI4', 'SP6', 'BL60', 'BL67', 'GB21'],
  /**
   * ST12 is listed as forbidden in pregnancy by one major textbook; the atlas does not follow that single listing,
   * and ST12 carries its lung warning instead.
   */
  notFollowed: ['ST12'],
} as const;

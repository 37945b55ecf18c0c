import { meridians } from './meridians.ts';
import type { MeridianCode } from './schema.ts';

type ChannelCode = Exclude<MeridianCode, 'EX'>;

/**
 * Other names teachers and books give the channels, beside the atlas's own English and Chinese names
 * (meridians.ts): `Urinary Bladder 40`, `Triple Burner 5`, `San Jiao 5`, `Du 20`, `Ren Mai 12`, `胃经36`.
 */
const otherChannelNames: Readonly<Record<ChannelCode, readonly string[]>> = {
  LU: ['lungs', '肺经', '肺'],
  LI: ['colon', '大肠经', '大肠'],
  ST: ['胃经', '胃'],
  SP: ['spleen pancreas', '脾经', '脾'],
  HT: ['心经'],
  SI: ['小肠经', '小肠'],
  BL: ['urinary bladder', '膀胱经', '膀胱'],
  KI: ['kidneys', '肾经', '肾'],
  PC: ['heart protector', 'heart constrictor', 'circulation sex', 'pericardium channel', '心包经', '心包'],
  TE: ['triple burner', 'triple warmer', 'triple heater', 'san jiao', 'sanjiao', 'three heater', 'three burner', '三焦经', '三焦'],
  GB: ['gall bladder', '胆经', '胆'],
  LR: ['肝经', '肝'],
  GV: ['governing vessel', 'du mai', 'dumai', 'du', 'du channel'],
  CV: ['directing vessel', 'ren mai', 'renmai', 'ren', 'ren channel'],
};

/** Lower case, single spaces, no accents: how channel names are compared. */
export const foldChannelName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, ' ')
    .trim();

/** Every channel name people type (folded) → its WHO channel code. */
export const channelByName: ReadonlyMap<string, ChannelCode> = (() => {
  const map = new Map<string, ChannelCode>();
  for (const m of meridians) {
    if (!m.isChannel) continue;
    const code = m.code as ChannelCode;
    for (const name of [m.english, m.chinese, m.pinyin, ...otherChannelNames[code]]) map.set(foldChannelName(name), code);
  }
  return map;
})();
